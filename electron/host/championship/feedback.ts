import { formatDate } from '@shared/championship/number-format';
import { readRounds } from '@shared/doc/championship';
import { readPlan } from '@shared/doc/plan';
import { AppError } from '@shared/errors';
import type { FeedbackData } from '@shared/export/feedback-model';
import { FEEDBACK_LABELS, feedbackBlocks } from '@shared/export/feedback-model';
import type { Lang } from '@shared/export/labels';
import { buildReportDocx } from '@shared/export/report-docx';
import { mean } from '@shared/championship/stats';
import type { HostedEvent } from '../events/hosted-event';
import type { ExportFile } from '../export/exports';
import { CONTENT_TYPES } from '../export/exports';
import { buildReportPdf } from '../export/report-pdf';
import { collectRound } from './collect';
import { readFrozen } from './vault';

/** One team's feedback sheet from every round it took part in (frozen data once revealed). Comments only where a juror wrote one. */
export function feedbackData(event: HostedEvent, teamId: string, anonymous: boolean, lang: Lang): FeedbackData {
  const plan = event.doc('plan');
  const team = readPlan(plan).teams.find((t) => t.id === teamId);
  if (!team) throw new AppError('not_found', `no team ${teamId}`);
  const rounds = readRounds(plan)
    .map((r) => collectRound(event, r.id))
    .filter((d) => d.entries.some((e) => e.teamId === teamId));
  return {
    event: readPlan(plan).title,
    team: team.name,
    date: formatDate(new Date(), lang),
    anonymous,
    rounds: rounds.map((d) => {
      const key = `${d.round.id}:${teamId}`;
      const recused = (s: string) => (d.table.recused[s] ?? []).includes(key);
      const who = (i: number, name: string) => (anonymous ? `${FEEDBACK_LABELS[lang].juror} ${i + 1}` : name);
      return {
        title: d.round.title,
        rank: readFrozen(event, d.round.id)?.board.rows.find((r) => r.teamId === teamId)?.rank ?? null,
        criteria: d.criteria.map((c) => {
          const marks = d.scorers
            .filter((s) => !recused(s.id))
            .map((s) => d.table.marks[s.id]?.[key]?.[c.id])
            .filter((x): x is number => x !== undefined);
          const comments = d.scorers.flatMap((s, i) => {
            const text = (d.comments[s.id]?.[key]?.[c.id] ?? '').trim();
            return text && !recused(s.id) ? [{ juror: who(i, s.name), text }] : [];
          });
          return { title: c.title, mean: marks.length ? mean(marks) : null, comments };
        }),
      };
    }),
  };
}

export async function buildFeedbackFile(event: HostedEvent, teamId: string, ext: 'pdf' | 'docx', anonymous: boolean, lang: Lang): Promise<ExportFile> {
  const d = feedbackData(event, teamId, anonymous, lang);
  const blocks = feedbackBlocks(d, lang);
  const title = `${FEEDBACK_LABELS[lang].title} — ${d.team}`;
  const bytes = ext === 'pdf' ? await buildReportPdf(blocks, lang, title, {}) : await buildReportDocx(blocks, lang, {});
  return { bytes, type: CONTENT_TYPES[ext], title, ext };
}
