import type { AuditEntry } from '@shared/championship/audit';
import { agreement, scorerTotals } from '@shared/championship/aggregate';
import { formatDate, formatDateTime, formatMark } from '@shared/championship/number-format';
import type { PublishedLeaderboard, TieBreak } from '@shared/championship/results-doc';
import { readCriteria, readRounds } from '@shared/doc/championship';
import { readPlan } from '@shared/doc/plan';
import type { Lang } from '@shared/export/labels';
import type { ProtocolAuditRow, ProtocolData, ProtocolRound, ProtocolSheetRow } from '@shared/export/protocol-model';
import type { HostedEvent } from '../events/hosted-event';
import type { RoundData } from './collect';
import { collectRound } from './collect';
import { computeLeaderboard } from './leaderboard';
import { readAudit } from './ledger';
import { readFrozen } from './vault';

/**
 * The protocol's content. A revealed round comes entirely from what the reveal froze — places, totals,
 * every juror's column, W and the sheets — so the document cannot contradict itself whatever is written
 * afterwards; before a reveal it is marked preliminary and read from the rooms. It is the organisers'
 * document, served to facilitators only, so it carries each juror's marks, comments and the audit log.
 */

const RULES = {
  ru: { criterion: 'по среднему баллу критерия', chair: 'решающим голосом председателя', shared: 'место разделено' },
  en: { criterion: "by the criterion's mean", chair: "by the chair's deciding vote", shared: 'place shared' },
} as const;

const WORDS = {
  ru: {
    frozen: (at: string) => `итоги зафиксированы при оглашении ${at}; изменения после этого не учитываются`,
    live: 'предварительно: оглашения ещё не было',
    kind: {
      score: 'оценка',
      submit: 'лист сдан',
      reopen: 'лист открыт председателем',
      moderate: 'оценка изменена председателем',
      'scale-refused': 'изменение шкалы отклонено',
      freeze: 'итоги зафиксированы',
      unfreeze: 'фиксация снята',
    },
    chair: 'председатель / ведущий',
    marksOutside: 'оценок вне новой шкалы',
  },
  en: {
    frozen: (at: string) => `final as frozen at the reveal ${at}; later changes do not count`,
    live: 'preliminary: not revealed yet',
    kind: {
      score: 'mark',
      submit: 'sheet submitted',
      reopen: 'sheet reopened by the chair',
      moderate: 'mark adjusted by the chair',
      'scale-refused': 'scale change refused',
      freeze: 'results frozen',
      unfreeze: 'freeze lifted',
    },
    chair: 'chair / facilitator',
    marksOutside: 'marks outside the new scale',
  },
} as const;

function tieText(t: TieBreak, board: PublishedLeaderboard, lang: Lang): string {
  const names = t.teamIds.map((id) => board.rows.find((r) => r.teamId === id)?.teamName ?? id).join(', ');
  const c = board.criteria.find((x) => x.id === t.criterionId)?.title;
  const rules = t.rules ?? [t.rule];
  return `${names}: ${rules.map((r) => `${RULES[lang][r]}${r === 'criterion' && c ? ` «${c}»` : ''}`).join(', ')}`;
}

function method(board: PublishedLeaderboard, lang: Lang): string {
  const z = board.normalisation === 'zscore';
  const borda = board.aggregation === 'borda';
  if (lang === 'ru') {
    const base = borda
      ? 'метод Борда: баллы по местам в ранжировании каждого члена жюри, среднее по жюри'
      : 'взвешенная сумма оценок, приведённых к шкале 0–1; среднее по членам жюри';
    return `${base}${z && !borda ? ' после z-нормировки оценок каждого' : ''}${board.trim && !borda ? `; отброшено ${board.trim} крайних с каждой стороны` : ''}`;
  }
  const base = borda ? "Borda count: points by place in each juror's ranking, mean over the jury" : 'weighted sum of marks put on 0–1; mean over jurors';
  return `${base}${z && !borda ? ' after z-scoring each juror' : ''}${board.trim && !borda ? `; ${board.trim} extreme dropped at each end` : ''}`;
}

function roundOf(event: HostedEvent, data: RoundData, lang: Lang): ProtocolRound {
  const frozen = readFrozen(event, data.round.id);
  const board = frozen?.board ?? computeLeaderboard(event, data, Date.now());
  const totals = scorerTotals(data.table);
  return {
    title: data.round.title,
    status: frozen ? WORDS[lang].frozen(formatDateTime(board.revealedAt, lang)) : WORDS[lang].live,
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

function auditRows(event: HostedEvent, lang: Lang): ProtocolAuditRow[] {
  const plan = event.doc('plan');
  const W = WORDS[lang];
  const rounds = new Map(readRounds(plan).map((r) => [r.id as string, r.title]));
  const teams = new Map(readPlan(plan).teams.map((t) => [t.id as string, t.name]));
  const criteria = new Map(readCriteria(plan).map((c) => [c.id as string, c.title]));
  const people = new Map(event.people.map((p) => [p.id as string, p.name]));
  const what = (a: AuditEntry) =>
    [
      W.kind[a.kind],
      a.roundId && rounds.get(a.roundId),
      a.teamId && (teams.get(a.teamId) ?? a.teamId),
      a.criterionId && (criteria.get(a.criterionId) ?? a.criterionId),
      a.scorerId && (people.get(a.scorerId) ?? a.scorerId),
    ]
      .filter(Boolean)
      .join(' · ');
  return readAudit(event).map((a) => ({
    at: formatDateTime(a.at, lang),
    who: a.whoId === 'facilitator' ? W.chair : a.who || (people.get(a.whoId) ?? a.whoId),
    what: what(a),
    change: a.kind === 'score' || a.kind === 'moderate' ? `${formatMark(a.old, lang)} → ${formatMark(a.new, lang)}` : '',
    note: a.kind === 'scale-refused' ? `${a.note} ${W.marksOutside}` : a.note,
  }));
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
    date: formatDate(today, lang),
    jurors,
    criteria: (first?.criteria ?? []).map((c) => ({ title: c.title, weight: c.weight, min: c.min, max: c.max })),
    rounds: rounds.map((r) => roundOf(event, r, lang)),
    sheets,
    audit: auditRows(event, lang),
  };
}
