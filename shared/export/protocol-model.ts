import { formatScore } from '../championship/number-format';
import type { Lang } from './labels';
import type { ReportBlock } from './report-model';

/**
 * The jury protocol (протокол заседания жюри) as data, then as the report's format-neutral blocks,
 * so the DOCX (protocol-docx.ts) and the PDF (the host's pdfkit pipeline) say the same thing.
 * The host fills ProtocolData from the frozen leaderboard (or the live scores before a reveal).
 */

export type ProtocolJuror = { id: string; name: string; chair: boolean };
/** `total` null: no juror's total counted (printed "—", never 0). */
export type ProtocolRow = { rank: number; team: string; total: number | null; perJuror: (number | null)[]; tieBreak: string | null };
export type ProtocolSheetRow = { round: string; team: string; marks: (number | null)[]; comments: string[]; recused: boolean };
/** `status`: whether the numbers are the frozen set of the reveal, or preliminary (live, before it). */
export type ProtocolRound = { title: string; rows: ProtocolRow[]; tieBreaks: string[]; kendallW: number | null; method: string; status: string };
/** One line of the audit log, already in words: when, who, what, old → new, why. */
export type ProtocolAuditRow = { at: string; who: string; what: string; change: string; note: string };
export type ProtocolData = {
  event: string;
  /** Already in the language's form (02.12.2026). */
  date: string;
  jurors: ProtocolJuror[];
  criteria: { title: string; weight: number; min: number; max: number }[];
  rounds: ProtocolRound[];
  /** juror id → their marks per entry and criterion, with comments (the XLSX's per-juror sheets). */
  sheets: Record<string, ProtocolSheetRow[]>;
  audit: ProtocolAuditRow[];
};

export const PROTOCOL_LABELS = {
  ru: {
    title: 'Протокол заседания жюри',
    date: 'Дата',
    jury: 'Состав жюри',
    chair: 'председатель',
    criteria: 'Критерии оценки',
    criterion: 'Критерий',
    weight: 'Вес',
    scale: 'Шкала',
    round: 'Раунд',
    rank: 'Место',
    team: 'Команда',
    total: 'Итог',
    tieBreak: 'Разрешение равенства',
    kendall: 'Согласованность оценок жюри (W Кендалла)',
    signatures: 'Подписи',
    signature: 'подпись',
    summary: 'Сводная',
    comment: 'Комментарий',
    recused: 'самоотвод',
    method: 'Метод подсчёта',
    none: 'нет',
    audit: 'Журнал изменений оценок',
    when: 'Когда',
    who: 'Кто',
    what: 'Что',
    change: 'Было → стало',
    note: 'Примечание',
    status: 'Статус',
  },
  en: {
    title: 'Minutes of the jury meeting',
    date: 'Date',
    jury: 'Jury',
    chair: 'chair',
    criteria: 'Criteria',
    criterion: 'Criterion',
    weight: 'Weight',
    scale: 'Scale',
    round: 'Round',
    rank: 'Place',
    team: 'Team',
    total: 'Total',
    tieBreak: 'Tie-break',
    kendall: "Jury agreement (Kendall's W)",
    signatures: 'Signatures',
    signature: 'signature',
    summary: 'Summary',
    comment: 'Comment',
    recused: 'recused',
    method: 'Method',
    none: 'none',
    audit: 'Audit log of marks',
    when: 'When',
    who: 'Who',
    what: 'What',
    change: 'Old → new',
    note: 'Note',
    status: 'Status',
  },
} as const;

function roundBlocks(r: ProtocolRound, d: ProtocolData, lang: Lang): ReportBlock[] {
  const L = PROTOCOL_LABELS[lang];
  const header = [L.rank, L.team, ...d.jurors.map((j) => j.name), L.total, L.tieBreak];
  const f = (x: number | null) => formatScore(x, lang);
  return [
    { t: 'h2', text: `${L.round}: ${r.title}` },
    { t: 'p', text: `${L.status}: ${r.status}`, muted: true },
    { t: 'p', text: `${L.method}: ${r.method}`, muted: true },
    { t: 'table', header, rows: r.rows.map((x) => [String(x.rank), x.team, ...x.perJuror.map(f), f(x.total), x.tieBreak ?? '']) },
    { t: 'p', text: `${L.tieBreak}: ${r.tieBreaks.length ? r.tieBreaks.join('; ') : L.none}` },
    { t: 'p', text: `${L.kendall}: ${f(r.kendallW)}` },
  ];
}

function auditBlocks(d: ProtocolData, L: (typeof PROTOCOL_LABELS)[Lang]): ReportBlock[] {
  return [
    { t: 'h2', text: L.audit },
    d.audit.length === 0
      ? { t: 'p', text: L.none }
      : { t: 'table', header: [L.when, L.who, L.what, L.change, L.note], rows: d.audit.map((a) => [a.at, a.who, a.what, a.change, a.note]) },
  ];
}

export function protocolBlocks(d: ProtocolData, lang: Lang): ReportBlock[] {
  const L = PROTOCOL_LABELS[lang];
  const juror = (j: ProtocolJuror) => (j.chair ? `${j.name} (${L.chair})` : j.name);
  const chairFirst = [...d.jurors].sort((a, b) => Number(b.chair) - Number(a.chair));
  return [
    { t: 'title', text: L.title, sub: `${d.event} · ${L.date}: ${d.date}` },
    { t: 'h2', text: L.jury },
    { t: 'list', items: chairFirst.map((j) => ({ text: juror(j), depth: 0 })) },
    { t: 'h2', text: L.criteria },
    {
      t: 'table',
      header: [L.criterion, L.weight, L.scale],
      rows: d.criteria.map((c) => [c.title, formatScore(c.weight, lang, 2), `${formatScore(c.min, lang, 0)}–${formatScore(c.max, lang, 0)}`]),
    },
    ...d.rounds.flatMap((r) => roundBlocks(r, d, lang)),
    { t: 'h2', text: L.signatures },
    ...chairFirst.map((j): ReportBlock => ({ t: 'p', text: `${juror(j)}  ______________________ (${L.signature})` })),
    ...auditBlocks(d, L),
  ];
}
