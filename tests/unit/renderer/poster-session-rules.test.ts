import { describe, expect, it } from 'vitest';
import type { Gallery } from '@shared/posters/gallery';
import { walkState } from '@shared/posters/gallery';
import type { LeaderboardRow } from '@shared/doc/championship';
import type { TeamOffer } from '@shared/posters/offers';
import {
  audienceNomination,
  carouselSlot,
  formatMinutes,
  juryNomination,
  moveStand,
  offerCounts,
  parseMinutes,
  parseSeconds,
  walkStands,
  walkTickIn,
} from '../../../renderer/src/features/poster-session/session-rules';
import { exportCatalog, exportUrl } from '../../../renderer/src/features/exports/export-catalog';
import type { BoardInfo } from '@shared/doc/plan';

const G: Gallery = { order: [], standMs: 60_000, startedAt: null, pausedAt: null, view: 'carousel', posterId: null, carouselMs: 10_000 };
const row = (teamId: string, rank: number, total: number): LeaderboardRow =>
  ({ teamId, teamName: `Команда ${teamId}`, rank, total, criteria: {}, tieBreak: null }) as unknown as LeaderboardRow;

describe('poster session: walk order', () => {
  it('moves a stand one place up or down and leaves the order alone at the ends', () => {
    expect(moveStand(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveStand(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStand(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveStand(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveStand(['a', 'b', 'c'], 7, 1)).toEqual(['a', 'b', 'c']);
  });

  it('walks every initiative: the saved order first, teams it does not name after, removed teams dropped', () => {
    expect(walkStands({ ...G, order: ['teamCccc', 'gone0000', 'teamAaaa'] }, ['teamAaaa', 'teamBbbb', 'teamCccc'])).toEqual([
      'teamCccc',
      'teamAaaa',
      'teamBbbb',
    ]);
  });

  it('re-renders a running walk at the next whole second of its countdown, and not at all while paused', () => {
    const stands = ['teamAaaa', 'teamBbbb'];
    expect(walkTickIn(walkState({ ...G, startedAt: 0 }, stands, 250))).toBe(750);
    expect(walkTickIn(walkState({ ...G, startedAt: 0 }, stands, 1_000))).toBe(1_000);
    expect(walkTickIn(walkState({ ...G, startedAt: 0, pausedAt: 500 }, stands, 9_000))).toBeNull();
    expect(walkTickIn(walkState(G, stands, 9_000))).toBeNull();
  });
});

describe('poster session: times the facilitator types', () => {
  it('reads minutes with a comma or a point, and refuses what is not a positive number', () => {
    expect(parseMinutes('5')).toBe(300_000);
    expect(parseMinutes('2,5')).toBe(150_000);
    expect(parseMinutes(' 1.5 ')).toBe(90_000);
    for (const bad of ['', '0', '-3', 'пять', '1e999']) expect(parseMinutes(bad)).toBeNull();
    expect(parseSeconds('15')).toBe(15_000);
    expect(parseSeconds('')).toBeNull();
  });

  it('shows minutes in the language of the screen', () => {
    expect(formatMinutes(150_000, 'ru')).toBe('2,5');
    expect(formatMinutes(150_000, 'en')).toBe('2.5');
    expect(formatMinutes(300_000, 'ru')).toBe('5');
  });
});

describe('poster session: the carousel', () => {
  it('turns the page on multiples of the slide time in host time, so every projector shows the same poster', () => {
    expect(carouselSlot(10_000, 3, 0)).toEqual({ index: 0, elapsedMs: 0 });
    expect(carouselSlot(10_000, 3, 25_000)).toEqual({ index: 2, elapsedMs: 5_000 });
    expect(carouselSlot(10_000, 3, 30_000)).toEqual({ index: 0, elapsedMs: 0 });
    expect(carouselSlot(10_000, 0, 30_000)).toEqual({ index: 0, elapsedMs: 0 });
  });
});

describe('poster session: counts and nominations', () => {
  it('counts the offers and those the team has not answered', () => {
    const o = (status: TeamOffer['status']) => ({ status }) as TeamOffer;
    expect(offerCounts([o('new'), o('accepted'), o('new'), o('declined')])).toEqual({ total: 4, fresh: 2 });
  });

  it('names no jury winner before the reveal, nor while the first place is still hidden', () => {
    expect(juryNomination(null)).toEqual({ kind: 'pending' });
    expect(juryNomination({ count: 3, rows: [] })).toEqual({ kind: 'pending' });
    const partial = juryNomination({ count: 3, rows: [row('c', 3, 0.2)] });
    expect(partial).toEqual({ kind: 'partial', shown: [row('c', 3, 0.2)] });
  });

  it('gives the jury prize to every team that shares the first place once all places are out', () => {
    const nom = juryNomination({ count: 3, rows: [row('c', 3, 0.2), row('a', 1, 0.8), row('b', 1, 0.8)] });
    expect(nom.kind).toBe('final');
    if (nom.kind !== 'final') return;
    expect(nom.winners.map((r) => r.teamId)).toEqual(['a', 'b']);
    expect(nom.rest.map((r) => r.teamId)).toEqual(['c']);
  });

  it('gives the audience prize to the most dots, shared on a tie, and to nobody when nobody voted', () => {
    const item = (itemId: string, total: number, rank: number) => ({
      boardId: 'audience_r',
      itemId,
      text: itemId.toUpperCase(),
      total,
      rank,
      byGroup: {},
      voters: total,
    });
    expect(audienceNomination(null)).toEqual({ kind: 'pending' });
    const tie = audienceNomination({ items: [item('a', 4, 1), item('b', 4, 1), item('c', 1, 3)] });
    expect(tie.kind === 'final' && tie.winners.map((w) => w.teamId)).toEqual(['a', 'b']);
    const none = audienceNomination({ items: [item('a', 0, 1), item('b', 0, 1)] });
    expect(none.kind === 'final' && none.winners).toEqual([]);
  });
});

describe('exports of a poster session', () => {
  const poster = { id: 'poster_t1', kind: 'poster', title: 'Постер', teamId: 't1' } as unknown as BoardInfo;

  it('lists the needs ↔ offers matrix and the poster catalogue once posters exist, and not before', () => {
    const keys = exportCatalog({ boards: [poster], teams: [] }, []).map((i) => i.key);
    expect(keys).toEqual(expect.arrayContaining(['needs-offers', 'posters']));
    expect(exportCatalog({ boards: [], teams: [] }, []).map((i) => i.key)).not.toContain('needs-offers');
  });

  it('asks the host for the files it serves', () => {
    expect(exportUrl('ev1', { kind: 'needs-offers' }, 'csv', 'ru')).toBe('/api/events/ev1/export/needs-offers.csv?lang=ru');
    expect(exportUrl('ev1', { kind: 'posters' }, 'pdf', 'en')).toBe('/api/events/ev1/export/posters.pdf?lang=en');
  });
});
