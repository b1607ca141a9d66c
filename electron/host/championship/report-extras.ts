import { agreement } from '@shared/championship/aggregate';
import { readChampionship } from '@shared/doc/championship';
import { readPlan } from '@shared/doc/plan';
import type { Lang } from '@shared/export/labels';
import type { ReportExtras } from '@shared/export/report-model';
import { readPosterSession } from '@shared/posters/session-doc';
import type { HostedEvent } from '../events/hosted-event';
import { collectRound } from './collect';
import { feedbackData } from './feedback';
import { protocolData } from './protocol-data';

/**
 * The report's championship parts, read on the host side (scores sit in jurors' own rooms, the
 * frozen results in the vault): the released cases, each round's leaderboard as the jury protocol
 * states it (frozen at the reveal, else live and marked preliminary) with how many jurors Kendall's
 * W covers, and each team's feedback for a championship. The poster session gets its nominations'
 * ids. An event without rounds or jurors gets nothing it would not print.
 */
export function reportExtras(event: HostedEvent, lang: Lang): ReportExtras {
  const plan = event.doc('plan');
  const p = readPlan(plan);
  const champ = readChampionship(plan);
  const out: ReportExtras = {
    audienceVoteId: champ.settings.audienceVoteId ?? null,
    posterRoundId: readPosterSession(plan).roundId,
    captains: champ.captains,
  };
  if (p.format === 'strategy' && champ.rounds.length === 0) return out;
  const protocol = protocolData(event, lang);
  out.jurors = protocol.jurors.map((j) => ({ name: j.name, chair: j.chair }));
  out.cases = champ.cases.map((c) => ({ title: c.title, text: c.text, released: c.released }));
  out.rounds = champ.rounds.map((r, i) => {
    const d = collectRound(event, r.id);
    const pr = protocol.rounds[i]!;
    const w = agreement(d.table);
    return {
      id: r.id,
      title: pr.title,
      status: pr.status,
      frozen: d.frozen === true,
      method: pr.method,
      rows: pr.rows.map((x) => ({ rank: x.rank, team: x.team, total: x.total, tieBreak: x.tieBreak })),
      tieBreaks: pr.tieBreaks,
      kendallW: w.w,
      wJurors: w.scorers,
    };
  });
  if (p.format === 'championship') out.feedback = p.teams.map((t) => feedbackData(event, t.id, false, lang));
  return out;
}
