import type { PassportSnapshot } from '../passport/model';
import { taskTextOf } from '../passport/model';
import type { ExportLang, PassportLabels } from '../passport/labels';
import { PASSPORT_LABELS, formatDate } from '../passport/labels';
import { formatNumber } from './locale-format';

/**
 * The passport as an ordered list of blocks — what every export (DOCX, Markdown, PDF) lays out in
 * its own way, so the three never disagree on sections, order or wording. Texts are cleaned of what
 * no document format can hold; escaping for a format is the renderer's job, never done here.
 */
export type PassportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'field'; label: string; text: string }
  | { kind: 'list'; label: string; items: string[] }
  | { kind: 'table'; label: string | null; columns: string[]; rows: string[][]; widths: number[] };

/** Export options every passport builder takes; `signal` cancels, `onProgress` gets 0…1. */
export type PassportExportOptions = {
  lang?: ExportLang;
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

/**
 * Drops C0 controls other than tab and line feed (XML 1.0 cannot carry them: one \u0001 in a cell
 * makes Word refuse the whole file) and replaces lone surrogates; normalises line ends to \n.
 */
export function cleanText(s: string): string {
  return (
    s
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- these are exactly the characters being removed.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  );
}

export function passportBlocks(p: PassportSnapshot, lang: ExportLang = 'ru'): PassportBlock[] {
  const L = PASSPORT_LABELS[lang];
  const c = (s: string) => cleanText(s).trim();
  const field = (label: string, text: string): PassportBlock => ({ kind: 'field', label, text: c(text) });
  return [
    { kind: 'title', text: c(p.name) || L.untitled },
    { kind: 'heading', text: L.sections.general },
    field(L.fields.name, p.name),
    field(L.fields.summary, p.summary),
    field(L.fields.geography, p.geography),
    field(L.fields.dates, p.dateStart || p.dateEnd ? L.datesRange(formatDate(p.dateStart, lang), formatDate(p.dateEnd, lang)) : ''),
    field(L.fields.scale, p.scale ? L.scales[p.scale] : ''),
    { kind: 'heading', text: L.sections.rationale },
    field(L.fields.problem, p.problem),
    field(L.fields.relevance, p.relevance),
    field(L.fields.causes, p.causes),
    field(L.fields.consequences, p.consequences),
    field(L.fields.targetGroups, p.targetGroups),
    { kind: 'heading', text: L.sections.goal },
    field(L.fields.goal, p.goal),
    { kind: 'list', label: L.fields.tasks, items: p.tasks.map((t) => c(t.text)) },
    { kind: 'heading', text: L.sections.calendar },
    calendarTable(p, L, lang),
    { kind: 'heading', text: L.sections.results },
    quantitativeTable(p, L, lang),
    field(L.fields.qualitativeResults, p.qualitativeResults),
    { kind: 'heading', text: L.sections.team },
    peopleTable(L.columns.team, ['name', 'role'], p.team),
    { kind: 'heading', text: L.sections.partners },
    peopleTable(L.columns.partners, ['name', 'supportType'], p.partners),
    { kind: 'heading', text: L.sections.more },
    field(L.fields.resources, p.resources),
    field(L.fields.prospects, p.prospects),
  ];
}

/** The calendar plan's cells, one row per activity: shared with the spreadsheet export. */
export function calendarCells(p: PassportSnapshot, lang: ExportLang): string[][] {
  return p.calendar.map((r, i) => [
    String(i + 1),
    cleanText(taskTextOf(p, r.taskId)),
    cleanText(r.activity),
    formatDate(r.start, lang),
    formatDate(r.end, lang),
    cleanText(r.responsible),
    cleanText(r.result),
  ]);
}

function calendarTable(p: PassportSnapshot, L: PassportLabels, lang: ExportLang): PassportBlock {
  const k = L.columns.calendar;
  return {
    kind: 'table',
    label: null,
    columns: [k.n, k.task, k.activity, k.start, k.end, k.responsible, k.result],
    rows: calendarCells(p, lang),
    widths: [5, 17, 20, 13, 13, 15, 17],
  };
}

function quantitativeTable(p: PassportSnapshot, L: PassportLabels, lang: ExportLang): PassportBlock {
  const k = L.columns.quantitative;
  return {
    kind: 'table',
    label: L.fields.quantitative,
    columns: [k.n, k.indicator, k.number, k.unit],
    rows: p.quantitative.map((r, i) => [String(i + 1), cleanText(r.indicator), r.number === null ? '' : formatNumber(r.number, lang), cleanText(r.unit)]),
    widths: [6, 58, 14, 22],
  };
}

function peopleTable<K extends string>(cols: Record<'n' | K, string>, keys: [K, K], rows: readonly Record<K, string>[]): PassportBlock {
  return {
    kind: 'table',
    label: null,
    columns: [cols.n, cols[keys[0]], cols[keys[1]]],
    rows: rows.map((r, i) => [String(i + 1), cleanText(r[keys[0]]), cleanText(r[keys[1]])]),
    widths: [6, 44, 50],
  };
}

/** Between blocks: report progress and stop early when cancelled. */
export function step(opts: PassportExportOptions, done: number, total: number): void {
  opts.signal?.throwIfAborted();
  opts.onProgress?.(total === 0 ? 1 : done / total);
}
