import { passportBlocks } from './passport-blocks';
import type { PassportHook, ReportBlock } from './report-model';

/**
 * Passport boards in the session report: the passport export's own blocks (passport-blocks.ts),
 * so the report shows a passport exactly as its DOCX does, mapped onto report blocks.
 */
export const passportReportBlocks: PassportHook = (board, lang) => {
  if (board.content.kind !== 'passport' || !board.content.passport) return [];
  const out: ReportBlock[] = [];
  for (const b of passportBlocks(board.content.passport, lang)) {
    switch (b.kind) {
      case 'title':
        out.push({ t: 'p', text: b.text });
        break;
      case 'heading':
        out.push({ t: 'h4', text: b.text });
        break;
      case 'field':
        if (b.text) out.push({ t: 'p', text: `${b.label}: ${b.text}` });
        break;
      case 'list':
        if (b.items.length) out.push({ t: 'p', text: `${b.label}:` }, { t: 'list', items: b.items.map((text) => ({ text, depth: 0 })) });
        break;
      case 'table':
        if (b.rows.length) out.push(...(b.label ? [{ t: 'p' as const, text: b.label }] : []), { t: 'table', header: b.columns, rows: b.rows });
        break;
    }
  }
  return out;
};
