import type { Lang } from './labels';
import type { ReportBlock } from './report-model';

/**
 * The jury protocol (протокол заседания жюри) as data, then as the report's format-neutral blocks,
 * so the DOCX (protocol-docx.ts) and the PDF (the host's pdfkit pipeline) say the same thing.
 * The host fills ProtocolData from the frozen leaderboard (or the live scores before a reveal).
 */

export type ProtocolJuror = { id: string; name: string; chair: boolean };
export type ProtocolRow = { rank: number; team: string; total: number; perJuror: (number | null)[]; tieBreak: string | null };
export type ProtocolSheetRow = { round: string; team: string; marks: (number | null)[]; comments: string[]; recused: boolean };
export type ProtocolRound = { title: string; rows: ProtocolRow[]; tieBreaks: string[]; kendallW: number | null; method: string };
export type ProtocolData = {
  event: string;
  date: string;
  jurors: ProtocolJuror[];
  criteria: { title: string; weight: number; min: number; max: number }[];
  rounds: ProtocolRound[];
  /** juror id → their marks per entry and criterion, with comments (the XLSX's per-juror sheets). */
  sheets: Record<string, ProtocolSheetRow[]>;
};

export const PROTOCOL_LABELS = {
  ru: {
    title: 'Протокол заседания жюри', date: 'Дата', jury: 'Состав жюри', chair: 'председатель', criteria: 'Критерии оценки',
    criterion: 'Критерий', weight: 'Вес', scale: 'Шкала', round: 'Раунд', rank: 'Место', team: 'Команда', total: 'Итог',
    tieBreak: 'Разрешение равенства', kendall: 'Согласованность оценок жюри (W Кендалла)', signatures: 'Подписи', signature: 'подпись',
    summary: 'Сводная', comment: 'Комментарий', recused: 'самоотвод', method: 'Метод подсчёта', none: 'нет',
  },
  en: {
    title: 'Minutes of the jury meeting', date: 'Date', jury: 'Jury', chair: 'chair', criteria: 'Criteria',
    criterion: 'Criterion', weight: 'Weight', scale: 'Scale', round: 'Round', rank: 'Place', team: 'Team', total: 'Total',
    tieBreak: 'Tie-break', kendall: "Jury agreement (Kendall's W)", signatures: 'Signatures', signature: 'signature',
    summary: 'Summary', comment: 'Comment', recused: 'recused', method: 'Method', none: 'none',
  },
} as const;

export const fmt = (x: number | null, digits = 3): string => (x === null ? '—' : x.toFixed(digits));

function roundBlocks(r: ProtocolRound, d: ProtocolData, L: (typeof PROTOCOL_LABELS)[Lang]): ReportBlock[] {
  const header = [L.rank, L.team, ...d.jurors.map((j) => j.name), L.total];
  return [
    { t: 'h2', text: `${L.round}: ${r.title}` },
    { t: 'p', text: `${L.method}: ${r.method}`, muted: true },
    { t: 'table', header, rows: r.rows.map((x) => [String(x.rank), x.team, ...x.perJuror.map((v) => fmt(v)), fmt(x.total)]) },
    { t: 'p', text: `${L.tieBreak}: ${r.tieBreaks.length ? r.tieBreaks.join('; ') : L.none}` },
    { t: 'p', text: `${L.kendall}: ${r.kendallW === null ? '—' : r.kendallW.toFixed(3)}` },
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
    { t: 'table', header: [L.criterion, L.weight, L.scale], rows: d.criteria.map((c) => [c.title, String(c.weight), `${c.min}–${c.max}`]) },
    ...d.rounds.flatMap((r) => roundBlocks(r, d, L)),
    { t: 'h2', text: L.signatures },
    ...chairFirst.map((j): ReportBlock => ({ t: 'p', text: `${juror(j)}  ______________________ (${L.signature})` })),
  ];
}
