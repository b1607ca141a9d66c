import { agreement, scorerTotals } from '../../../shared/championship/aggregate';
import type { PublishedLeaderboard, TieBreak } from '../../../shared/championship/results-doc';
import { readRounds } from '../../../shared/doc/championship';
import { readPlan } from '../../../shared/doc/plan';
import type { Lang } from '../../../shared/export/labels';
import type { ProtocolData, ProtocolRound, ProtocolSheetRow } from '../../../shared/export/protocol-model';
import type { HostedEvent } from '../events/hosted-event';
import type { RoundData } from './collect';
import { collectRound } from './collect';
import { computeLeaderboard } from './leaderboard';
import { readFrozen } from './vault';

/**
 * The protocol's content: every round, ranked as revealed (the frozen leaderboard) or, before a reveal,
 * as the scores stand now. It is the organisers' document, served to facilitators only, so it carries
 * each juror's totals, marks and comments.
 */

const RULES = {
  ru: { criterion: 'по среднему баллу критерия', chair: 'решающим голосом председателя', shared: 'место разделено' },
  en: { criterion: "by the criterion's mean", chair: "by the chair's deciding vote", shared: 'place shared' },
} as const;

function tieText(t: TieBreak, board: PublishedLeaderboard, lang: Lang): string {
  const names = t.teamIds.map((id) => board.rows.find((r) => r.teamId === id)?.teamName ?? id).join(', ');
  const c = board.criteria.find((x) => x.id === t.criterionId)?.title;
  return `${names}: ${RULES[lang][t.rule]}${t.rule === 'criterion' && c ? ` «${c}»` : ''}`;
}

function method(board: PublishedLeaderboard, lang: Lang): string {
  const z = board.normalisation === 'zscore';
  return lang === 'ru'
    ? `взвешенная сумма оценок, приведённых к шкале 0–1; среднее по членам жюри${z ? ' после z-нормировки оценок каждого' : ''}${board.trim ? `; отброшено ${board.trim} крайних с каждой стороны` : ''}`
    : `weighted sum of marks put on 0–1; mean over jurors${z ? ' after z-scoring each juror' : ''}${board.trim ? `; ${board.trim} extreme dropped at each end` : ''}`;
}

function roundOf(event: HostedEvent, data: RoundData, lang: Lang): ProtocolRound {
  const board = readFrozen(event, data.round.id)?.board ?? computeLeaderboard(event, data, Date.now());
  const totals = scorerTotals(data.table);
  return {
    title: data.round.title,
    rows: board.rows.map((r) => ({
      rank: r.rank,
      team: r.teamName,
      total: r.total,
      perJuror: data.scorers.map((s) => totals[s.id]?.[`${data.round.id}:${r.teamId}`] ?? null),
      tieBreak: r.tieBreak ? RULES[lang][r.tieBreak] : null,
    })),
    tieBreaks: board.tieBreaks.map((t) => tieText(t, board, lang)),
    kendallW: agreement(data.table).w,
    method: method(board, lang),
  };
}

function sheetsOf(data: RoundData, out: Record<string, ProtocolSheetRow[]>): void {
  for (const s of data.scorers) {
    const recused = new Set(data.table.recused[s.id] ?? []);
    for (const e of data.entries) {
      const marks = data.table.marks[s.id]?.[e.key];
      (out[s.id] ??= []).push({
        round: data.round.title,
        team: data.teamNames[e.teamId] ?? e.teamId,
        marks: data.criteria.map((c) => marks?.[c.id] ?? null),
        comments: data.criteria.map((c) => data.comments[s.id]?.[e.key]?.[c.id] ?? ''),
        recused: recused.has(e.key),
      });
    }
  }
}

export function protocolData(event: HostedEvent, lang: Lang, today = new Date()): ProtocolData {
  const plan = event.doc('plan');
  const rounds = readRounds(plan).map((r) => collectRound(event, r.id));
  const first = rounds[0];
  const sheets: Record<string, ProtocolSheetRow[]> = {};
  for (const r of rounds) sheetsOf(r, sheets);
  const jurors = first ? first.scorers : event.people.filter((p) => p.role === 'juror').map((p) => ({ id: p.id, name: p.name, chair: false }));
  return {
    event: readPlan(plan).title,
    date: today.toISOString().slice(0, 10),
    jurors,
    criteria: (first?.criteria ?? []).map((c) => ({ title: c.title, weight: c.weight, min: c.min, max: c.max })),
    rounds: rounds.map((r) => roundOf(event, r, lang)),
    sheets,
  };
}
