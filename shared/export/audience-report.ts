import type * as Y from 'yjs';
import type { ScaleDistribution } from '../audience/scale-stats';
import type { CloudWord } from '../audience/word-cloud';
import type { PublicQuestion } from '../doc/audience';
import { readAudienceConfig, readAudienceState, readPublicQuestions } from '../doc/audience';
import type { BoardInfo } from '../doc/plan';
import { EXPORT_CAPS, capText } from './caps';
import type { Lang } from './labels';
import { groupLabel } from './labels';

/**
 * The audience instruments in exports and the session report. Read from the board room, i.e. only
 * what the host published: approved and answered questions (never pending or hidden ones), authors
 * only when they did not ask anonymously, the scale's distribution and the word cloud.
 */
export type AudienceContent =
  | { kind: 'questions'; prompt: string; questions: PublicQuestion[] }
  | { kind: 'scale'; prompt: string; distribution: ScaleDistribution | null }
  | { kind: 'open-question'; prompt: string; cloud: CloudWord[] };

export function audienceContent(b: BoardInfo, doc: Y.Doc | null, showAuthors: boolean, lang: Lang): AudienceContent {
  const prompt = doc ? capText(readAudienceConfig(doc).prompt, EXPORT_CAPS.cell, lang) : '';
  const state = doc ? readAudienceState(doc) : null;
  if (b.kind === 'scale') return { kind: 'scale', prompt, distribution: state?.scale ?? null };
  if (b.kind === 'open-question') return { kind: 'open-question', prompt, cloud: state?.cloud ?? [] };
  const questions = doc
    ? readPublicQuestions(doc).map((q) => ({ ...q, text: capText(q.text, EXPORT_CAPS.card, lang), author: showAuthors ? q.author : null }))
    : [];
  return { kind: 'questions', prompt, questions };
}

const LABELS = {
  ru: {
    noQuestions: 'Вопросов, прошедших модерацию, нет.',
    question: 'Вопрос',
    votes: 'Голосов',
    status: 'Статус',
    author: 'Автор',
    anonymous: 'анонимно',
    answered: 'отвечен',
    approved: 'без ответа',
    noAnswers: 'Ответов нет.',
    value: 'Оценка',
    all: 'Все',
    answers: 'Ответов',
    mean: 'Среднее',
    word: 'Слово',
    people: 'Человек',
  },
  en: {
    noQuestions: 'No questions passed moderation.',
    question: 'Question',
    votes: 'Votes',
    status: 'Status',
    author: 'Author',
    anonymous: 'anonymous',
    answered: 'answered',
    approved: 'not answered',
    noAnswers: 'No answers.',
    value: 'Score',
    all: 'All',
    answers: 'Answers',
    mean: 'Mean',
    word: 'Word',
    people: 'People',
  },
} as const;

type Block = { t: 'p'; text: string; muted?: boolean } | { t: 'table'; header: string[]; rows: string[][] };

const fmt = (n: number | null, lang: Lang) => (n === null ? '—' : n.toLocaleString(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 2 }));

/** The report's section for one audience board (shared/export/report-model.ts). */
export function audienceBlocks(c: AudienceContent, lang: Lang, groups: readonly { id: string; label: string }[]): Block[] {
  const L = LABELS[lang];
  const out: Block[] = c.prompt ? [{ t: 'p', text: c.prompt }] : [];
  if (c.kind === 'questions') {
    if (c.questions.length === 0) return [...out, { t: 'p', text: L.noQuestions, muted: true }];
    const rows = c.questions.map((q) => [q.text, q.author ?? L.anonymous, String(q.votes), q.status === 'answered' ? L.answered : L.approved]);
    return [...out, { t: 'table', header: [L.question, L.author, L.votes, L.status], rows }];
  }
  if (c.kind === 'scale') {
    const d = c.distribution;
    if (!d || d.count === 0) return [...out, { t: 'p', text: L.noAnswers, muted: true }];
    const values = d.overall.map((_, i) => String(d.min + i));
    const label = (g: string | null) => (g === null ? groupLabel(lang, '_none') : (groups.find((x) => x.id === g)?.label ?? groupLabel(lang, g)));
    const rows = [
      [L.all, ...d.overall.map(String), String(d.count), fmt(d.mean, lang)],
      ...d.byGroup.map((g) => [label(g.group), ...g.counts.map(String), String(g.count), fmt(g.mean, lang)]),
    ];
    return [...out, { t: 'table', header: [L.value, ...values, L.answers, L.mean], rows }];
  }
  if (c.cloud.length === 0) return [...out, { t: 'p', text: L.noAnswers, muted: true }];
  return [...out, { t: 'table', header: [L.word, L.people], rows: c.cloud.map((w) => [w.word, String(w.count)]) }];
}
