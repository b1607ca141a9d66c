import { describe, expect, it } from 'vitest';
import type { BoardInfo, TeamInfo } from '@shared/doc/plan';
import type { BoardId, TeamId } from '@shared/ids';
import { caretAfter } from '../../../renderer/src/features/posters/caret';
import { galleryEntries } from '../../../renderer/src/features/posters/gallery-list';
import { IMAGE_ATTEMPTS, fitImage, fitWithin } from '../../../renderer/src/features/posters/image-fit';
import { preselectCategory } from '../../../renderer/src/features/posters/offer-rules';
import { postErrorKey } from '../../../renderer/src/features/posters/posters-api';

describe('poster image fitting', () => {
  it('shrinks the longer side to the limit and keeps the proportions', () => {
    expect(fitWithin(4000, 3000, 1280)).toEqual({ width: 1280, height: 960 });
    expect(fitWithin(3000, 4000, 1280)).toEqual({ width: 960, height: 1280 });
  });

  it('never enlarges a small image, and a broken size draws nothing', () => {
    expect(fitWithin(300, 200, 1280)).toEqual({ width: 300, height: 200 });
    expect(fitWithin(0, 200, 1280)).toEqual({ width: 0, height: 0 });
    expect(fitWithin(Number.NaN, 200, 1280)).toEqual({ width: 0, height: 0 });
  });

  it('a panorama keeps at least one pixel of height', () => {
    expect(fitWithin(100_000, 10, 360)).toEqual({ width: 360, height: 1 });
  });

  it('takes the sharpest attempt that fits the cap', async () => {
    const sizes = [500, 300, 150, 90];
    let i = 0;
    const r = await fitImage(async () => 'x'.repeat(sizes[i++] ?? 10), 200);
    expect(r).toEqual({ ok: true, dataUrl: 'x'.repeat(150), attempt: IMAGE_ATTEMPTS[2] });
  });

  it('says the image is too large when even the smallest attempt does not fit', async () => {
    const tried: number[] = [];
    const r = await fitImage(async (a) => (tried.push(a.maxSide), 'x'.repeat(1000)), 200);
    expect(r).toEqual({ ok: false, error: 'too_large' });
    expect(tried).toHaveLength(IMAGE_ATTEMPTS.length);
    expect([...tried].sort((a, b) => b - a)).toEqual(tried);
  });

  it('says the file is not an image when it cannot be drawn', async () => {
    expect(await fitImage(async () => null)).toEqual({ ok: false, error: 'not_image' });
  });
});

describe('caret after a remote edit of a poster field', () => {
  it('stays put when the change is after it', () => {
    expect(caretAfter('Кто мы', 'Кто мы такие', 3)).toBe(3);
  });

  it('moves by the inserted length when the change is before it', () => {
    expect(caretAfter('мы', 'Кто мы', 2)).toBe(6);
    expect(caretAfter('Кто мы', 'мы', 6)).toBe(2);
  });

  it('lands at the end of the change when it was inside the replaced text', () => {
    expect(caretAfter('abcdef', 'abXYZef', 3)).toBe(5);
  });

  it('is never outside the new text', () => {
    expect(caretAfter('abcdef', '', 4)).toBe(0);
    expect(caretAfter('abc', 'abc', 10)).toBe(3);
  });
});

const board = (id: string, teamId: string, title: string): BoardInfo => ({
  id: id as BoardId,
  title,
  kind: 'poster',
  order: 'a0',
  template: 'poster',
  sourceBoardId: null,
  stageId: null,
  teamId: teamId as TeamId,
  visibility: 'all',
  writers: 'team',
  locked: false,
});
const team = (id: string, name: string) => ({ id, name, color: '#000' }) as unknown as TeamInfo;
const slot = (teamId: string) => ({ teamId: teamId as TeamId, poster: `poster_${teamId}` as BoardId, inbox: `offers_${teamId}` as BoardId });

describe('gallery list', () => {
  const teams = [team('a', 'Сад'), team('b', 'Велодорожки'), team('c', 'Двор')];
  const boards = teams.map((t) => board(`poster_${t.id}`, t.id, t.name));
  const slots = [slot('a'), slot('b'), slot('c')];

  it('follows the walk order', () => {
    expect(galleryEntries(slots, boards, teams, ['c', 'a', 'b'], null).map((e) => e.slot.teamId)).toEqual(['c', 'a', 'b']);
  });

  it("puts the person's own initiative first and marks it", () => {
    const list = galleryEntries(slots, boards, teams, ['c', 'a', 'b'], 'b');
    expect(list.map((e) => e.slot.teamId)).toEqual(['b', 'c', 'a']);
    expect(list.map((e) => e.mine)).toEqual([true, false, false]);
  });

  it('lists posters of teams outside the walk after it, and skips a slot whose board is gone', () => {
    const list = galleryEntries([...slots, slot('d')], boards, [...teams, team('d', 'Ушедшие')], ['b'], null);
    expect(list.map((e) => e.slot.teamId)).toEqual(['b', 'c', 'a']);
  });
});

describe('offer form', () => {
  it('a volunteer sign-up is about volunteers', () => {
    expect(preselectCategory('volunteer', ['money'])).toBe('volunteers');
  });

  it('an offer starts at what the poster needs other than volunteers', () => {
    expect(preselectCategory('offer', ['volunteers', 'premises', 'money'])).toBe('premises');
    expect(preselectCategory('offer', ['volunteers'])).toBe('volunteers');
    expect(preselectCategory('offer', [])).toBe('partners');
  });
});

describe('post errors', () => {
  it('tells a rate limit, a dropped connection and an own-team offer apart', () => {
    expect(postErrorKey({ code: 'rate_limited', message: '', status: 429 })).toBe('rateLimited');
    expect(postErrorKey({ code: 'network', message: '', status: 0 })).toBe('network');
    expect(postErrorKey({ code: 'conflict', message: '', status: 409 })).toBe('ownTeam');
    expect(postErrorKey({ code: 'internal', message: '', status: 500 })).toBe('other');
  });
});
