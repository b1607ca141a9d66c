import type { ExportLang } from '../passport/labels';
import { PASSPORT_LABELS } from '../passport/labels';
import type { PassportSnapshot } from '../passport/model';
import type { PassportBlock } from './passport-blocks';
import { passportBlocks } from './passport-blocks';
import type { PassportHook, ReportBlock } from './report-model';

/**
 * The passport's blocks (passport-blocks.ts) mapped onto report blocks, so the passport PDF, the
 * DOCX and the session report agree on sections, order and wording. Captions sit on their own line
 * above the answer, as on the grant form; only the report shows a passport without its empty fields.
 */
type Level = { heading: 'h1' | 'h4'; caption: (label: string) => ReportBlock };

function mapBlocks(blocks: readonly PassportBlock[], level: Level, empty: string, skipEmpty: boolean): ReportBlock[] {
  const out: ReportBlock[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        break;
      case 'warnings':
        out.push(
          { t: level.heading, text: b.label },
          { t: 'p', text: b.intro, muted: true },
          { t: 'list', items: b.items.map((text) => ({ text, depth: 0 })) },
        );
        break;
      case 'heading':
        out.push({ t: level.heading, text: b.text });
        break;
      case 'field':
        if (skipEmpty && !b.text) break;
        out.push(level.caption(b.label), { t: 'p', text: b.text || empty, ...(b.text ? {} : { muted: true }) });
        break;
      case 'list':
        if (skipEmpty && !b.items.length) break;
        out.push(
          level.caption(b.label),
          b.items.length ? { t: 'list', items: b.items.map((text, i) => ({ text: `${i + 1}. ${text}`, depth: 0 })) } : { t: 'p', text: empty, muted: true },
        );
        break;
      case 'table':
        if (skipEmpty && !b.rows.length) break;
        if (b.label) out.push(level.caption(b.label));
        out.push(b.rows.length ? { t: 'table', header: b.columns, rows: b.rows } : { t: 'p', text: empty, muted: true });
        break;
    }
  }
  return out;
}

/** The passport PDF: the project name as the document's title, sections as headings, each caption over its answer. */
export function passportPdfBlocks(p: PassportSnapshot, lang: ExportLang): ReportBlock[] {
  const L = PASSPORT_LABELS[lang];
  const blocks = passportBlocks(p, lang);
  const title = blocks[0]?.kind === 'title' ? blocks[0].text : L.untitled;
  return [{ t: 'title', text: title, sub: L.title }, ...mapBlocks(blocks, { heading: 'h1', caption: (text) => ({ t: 'h4', text }) }, L.empty, false)];
}

/** Passport boards in the session report, under the board's own heading. */
export const passportReportBlocks: PassportHook = (board, lang) => {
  if (board.content.kind !== 'passport' || !board.content.passport) return [];
  const blocks = passportBlocks(board.content.passport, lang);
  return mapBlocks(blocks, { heading: 'h4', caption: (text) => ({ t: 'p', text, muted: true }) }, PASSPORT_LABELS[lang].empty, true);
};
