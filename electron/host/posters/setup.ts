import { addRound, editRound, readRound, setRoundBoards } from '@shared/doc/championship';
import { addBoard, readBoard, readPlan } from '@shared/doc/plan';
import type { TeamInfo } from '@shared/doc/plan';
import { initPoster, readPoster, writePoster } from '@shared/doc/poster';
import { HOST_ORIGIN, initMeta } from '@shared/doc/schema';
import type { BoardId, TeamId } from '@shared/ids';
import { readPosterSession, writePosterRound, writePosterSlot } from '@shared/posters/session-doc';
import type { PosterSession, PosterSlot } from '@shared/posters/session-doc';
import { AppError } from '@shared/errors';
import type { RoundId } from '@shared/championship/model';
import type * as Y from 'yjs';

/** Where the docs come from: a live HostedEvent, or the demo's docs before the event opens. */
export type DocSource = { doc(rel: string): Y.Doc };

/**
 * Sets up (or extends) the poster session: per team a poster board (everyone reads, the team writes)
 * and an offers inbox (the team reads, only the host writes), and one championship round holding
 * the posters. The round's deadline is `editingClosesAt`: the championship scheduler, which the
 * library attaches to every open event, locks the posters at that host time — also after a restart.
 * Calling it again adds boards for new teams and moves the deadline; it never duplicates.
 */
export const POSTER_ROUND_TITLE = 'Постер-сессия';

/** Titles the host makes, in the language of the console that set the session up (they are data, kept as written). */
const TITLES = {
  ru: { round: POSTER_ROUND_TITLE, inbox: (team: string) => `Предложения помощи: ${team}` },
  en: { round: 'Poster session', inbox: (team: string) => `Offers of help: ${team}` },
} as const;
type TitleLang = keyof typeof TITLES;

export function setupPosters(event: DocSource, editingClosesAt: number | null | undefined, lang: TitleLang = 'ru'): PosterSession {
  const plan = event.doc('plan');
  const teams = readPlan(plan).teams;
  if (teams.length === 0) throw new AppError('conflict', 'add the initiatives (teams) before setting up posters');
  plan.transact(() => {
    const have = new Map(readPosterSession(plan).slots.map((s) => [s.teamId, s]));
    for (const t of teams) if (!have.has(t.id)) writePosterSlot(plan, makeSlot(event, t, lang), HOST_ORIGIN);
    syncRound(
      event,
      teams.map((t) => t.id),
      editingClosesAt,
      lang,
    );
  }, HOST_ORIGIN);
  return readPosterSession(plan);
}

function makeSlot(event: DocSource, team: TeamInfo, lang: TitleLang): PosterSlot {
  const plan = event.doc('plan');
  const poster = `poster_${team.id}` as BoardId;
  const inbox = `offers_${team.id}` as BoardId;
  if (!readBoard(plan, poster))
    addBoard(plan, { title: team.name, kind: 'poster', teamId: team.id, visibility: 'all', writers: 'team', template: 'poster' }, HOST_ORIGIN, poster);
  if (!readBoard(plan, inbox)) {
    const title = TITLES[lang].inbox(team.name);
    addBoard(plan, { title, kind: 'poster', teamId: team.id, visibility: 'team', writers: 'facilitators', template: 'poster-offers' }, HOST_ORIGIN, inbox);
  }
  const doc = event.doc(`board/${poster}`);
  initPoster(doc, team.name, HOST_ORIGIN);
  if (!readPoster(doc).name) writePoster(doc, { name: team.name }, HOST_ORIGIN);
  initMeta(event.doc(`board/${inbox}`), 'board', HOST_ORIGIN, { title: TITLES[lang].inbox(team.name) });
  return { teamId: team.id, poster, inbox };
}

function syncRound(event: DocSource, teamIds: TeamId[], editingClosesAt: number | null | undefined, lang: TitleLang): void {
  const plan = event.doc('plan');
  let roundId = readPosterSession(plan).roundId;
  if (roundId === null || !readRound(plan, roundId)) {
    roundId = addRound(plan, { title: TITLES[lang].round, teamIds, deadline: editingClosesAt ?? null }, HOST_ORIGIN);
    writePosterRound(plan, roundId, HOST_ORIGIN);
  } else {
    const patch = editingClosesAt === undefined ? { teamIds } : { teamIds, deadline: editingClosesAt };
    editRound(plan, roundId as RoundId, patch, HOST_ORIGIN);
  }
  const boards = Object.fromEntries(readPosterSession(plan).slots.map((s) => [s.poster, s.teamId]));
  setRoundBoards(plan, roundId as RoundId, boards, HOST_ORIGIN);
}
