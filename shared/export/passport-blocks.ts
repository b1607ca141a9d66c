import type { PassportList, PassportSnapshot, PassportTextField } from '../passport/model';
import { taskTextOf } from '../passport/model';
import type { ExportLang, PassportLabels } from '../passport/labels';
import { PASSPORT_LABELS, formatAmount, formatDate } from '../passport/labels';
import { passportWarnings } from '../passport/warnings';

/**
 * The passport as an ordered list of blocks — what every export (DOCX, Markdown, PDF) lays out in
 * its own way, so the three never disagree on sections, order or wording. Texts are cleaned of what
 * no document format can hold; escaping for a format is the renderer's job, never done here.
 */
export type PassportBlock =
  | { kind: 'title'; text: string }
  | { kind: 'warnings'; label: string; intro: string; items: string[] }
  | { kind: 'heading'; text: string }
  | { kind: 'field'; label: string; text: string }
  | { kind: 'list'; label: string; items: string[] }
  | { kind: 'table'; label: string | null; columns: string[]; rows: string[][]; widths: number[]; landscape?: boolean };

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
  const field = (f: PassportTextField): PassportBlock => ({ kind: 'field', label: L.fields[f], text: c(p[f]) });
  const warnings = passportWarnings(p, lang).map(c);
  return [
    { kind: 'title', text: c(p.name) || L.untitled },
    ...(warnings.length > 0 ? [{ kind: 'warnings' as const, label: L.warnings.heading, intro: L.warnings.intro, items: warnings }] : []),
    { kind: 'heading', text: L.sections.general },
    field('name'),
    field('direction'),
    field('summary'),
    field('geography'),
    { kind: 'field', label: L.fields.dates, text: p.dateStart || p.dateEnd ? L.datesRange(formatDate(p.dateStart, lang), formatDate(p.dateEnd, lang)) : '' },
    { kind: 'field', label: L.fields.scale, text: p.scale ? L.scales[p.scale] : '' },
    { kind: 'heading', text: L.sections.rationale },
    field('problem'),
    field('relevance'),
    field('causes'),
    field('consequences'),
    { kind: 'heading', text: L.sections.groups },
    table(L, 'groups', p.groups, ['name', 'description'], [6, 34, 60]),
    { kind: 'heading', text: L.sections.goal },
    field('goal'),
    { kind: 'list', label: L.lists.tasks, items: p.tasks.map((t) => c(t.text)) },
    { kind: 'heading', text: L.sections.calendar },
    calendarTable(p, L, lang),
    { kind: 'heading', text: L.sections.results },
    quantitativeTable(p, L, lang),
    field('qualitativeResults'),
    { kind: 'heading', text: L.sections.budget },
    budgetTable(p, L, lang),
    field('budgetNote'),
    { kind: 'heading', text: L.sections.team },
    table(L, 'team', p.team, ['name', 'role', 'experience'], [6, 26, 26, 42]),
    { kind: 'heading', text: L.sections.organisation },
    field('orgName'),
    field('orgOgrn'),
    field('orgInn'),
    field('orgAddress'),
    { kind: 'heading', text: L.sections.risks },
    table(L, 'risks', p.risks, ['risk', 'mitigation'], [6, 44, 50]),
    { kind: 'heading', text: L.sections.media },
    table(L, 'media', p.media, ['channel', 'content', 'period'], [6, 28, 46, 20]),
    { kind: 'heading', text: L.sections.more },
    table(L, 'partners', p.partners, ['name', 'supportType'], [6, 44, 50], L.lists.partners),
    field('resources'),
    field('prospects'),
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
    columns: [L.n, k.task, k.activity, k.start, k.end, k.responsible, k.result],
    rows: calendarCells(p, lang),
    // Seven columns do not fit a portrait page without breaking words: the form prints this one landscape.
    widths: [4, 19, 23, 9, 9, 15, 21],
    landscape: true,
  };
}

function quantitativeTable(p: PassportSnapshot, L: PassportLabels, lang: ExportLang): PassportBlock {
  const k = L.columns.quantitative;
  return {
    kind: 'table',
    label: L.lists.quantitative,
    columns: [L.n, k.indicator, k.baseline, k.target, k.unit],
    rows: p.quantitative.map((r, i) => [
      String(i + 1),
      cleanText(r.indicator),
      formatAmount(r.baseline, lang),
      formatAmount(r.target, lang),
      cleanText(r.unit),
    ]),
    widths: [6, 46, 16, 16, 16],
  };
}

/** Cost categories with a total line: the sum requested from the fund and the applicant's own share. */
function budgetTable(p: PassportSnapshot, L: PassportLabels, lang: ExportLang): PassportBlock {
  const k = L.columns.budget;
  const sum = (cell: 'requested' | 'cofinancing') => p.budget.reduce((a, r) => a + (r[cell] ?? 0), 0);
  const rows = p.budget.map((r, i) => [String(i + 1), cleanText(r.category), formatAmount(r.requested, lang), formatAmount(r.cofinancing, lang)]);
  if (rows.length > 0) rows.push(['', L.total, formatAmount(sum('requested'), lang), formatAmount(sum('cofinancing'), lang)]);
  return { kind: 'table', label: null, columns: [L.n, k.category, k.requested, k.cofinancing], rows, widths: [6, 50, 22, 22] };
}

function table<K extends PassportList>(
  L: PassportLabels,
  list: K,
  rows: readonly Record<string, unknown>[],
  keys: readonly (keyof PassportLabels['columns'][K] & string)[],
  widths: number[],
  label: string | null = null,
): PassportBlock {
  const cols = L.columns[list] as Record<string, string>;
  return {
    kind: 'table',
    label,
    columns: [L.n, ...keys.map((k) => cols[k] ?? k)],
    rows: rows.map((r, i) => [String(i + 1), ...keys.map((k) => cleanText(typeof r[k] === 'string' ? (r[k] as string) : ''))]),
    widths,
  };
}

/** Between blocks: report progress and stop early when cancelled. */
export function step(opts: PassportExportOptions, done: number, total: number): void {
  opts.signal?.throwIfAborted();
  opts.onProgress?.(total === 0 ? 1 : done / total);
}
