import { formatMark } from '../championship/number-format';
import type { Lang } from './labels';
import type { ReportBlock } from './report-model';

/**
 * A team's feedback sheet: per round and criterion the team's mean mark and every juror's comment —
 * named, or anonymised ("Член жюри 1", numbered in a fixed order) when the chair chooses so. Built as the
 * report's blocks, so the PDF and the DOCX say the same thing.
 */

export type FeedbackComment = { juror: string; text: string };
export type FeedbackCriterion = { title: string; mean: number | null; comments: FeedbackComment[] };
export type FeedbackRound = { title: string; rank: number | null; criteria: FeedbackCriterion[] };
export type FeedbackData = { event: string; team: string; date: string; anonymous: boolean; rounds: FeedbackRound[] };

export const FEEDBACK_LABELS = {
  ru: {
    title: 'Отзывы жюри',
    team: 'Команда',
    date: 'Дата',
    round: 'Раунд',
    place: 'Место',
    mean: 'средняя оценка',
    none: 'Комментариев нет.',
    juror: 'Член жюри',
  },
  en: { title: 'Jury feedback', team: 'Team', date: 'Date', round: 'Round', place: 'Place', mean: 'mean mark', none: 'No comments.', juror: 'Juror' },
} as const;

export function feedbackBlocks(d: FeedbackData, lang: Lang): ReportBlock[] {
  const L = FEEDBACK_LABELS[lang];
  const out: ReportBlock[] = [{ t: 'title', text: `${L.title}: ${d.team}`, sub: `${d.event} · ${L.date}: ${d.date}` }];
  for (const r of d.rounds) {
    out.push({ t: 'h2', text: `${L.round}: ${r.title}${r.rank !== null ? ` · ${L.place}: ${r.rank}` : ''}` });
    for (const c of r.criteria) {
      out.push({ t: 'h3', text: `${c.title} — ${L.mean} ${formatMark(c.mean, lang)}` });
      out.push(
        c.comments.length === 0
          ? { t: 'p', text: L.none, muted: true }
          : { t: 'list', items: c.comments.map((x) => ({ text: `${x.text} (${x.juror})`, depth: 0 })) },
      );
    }
  }
  return out;
}
