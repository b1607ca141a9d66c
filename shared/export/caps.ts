import { MAX_CARD_TEXT } from '../doc/board';
import { MAX_CELL_TEXT, MAX_FIELD_TEXT, clampText } from '../passport/model';
import type { PassportSnapshot } from '../passport/model';
import type { Lang } from './labels';

/**
 * The caps the UI shows (a card's 10,000 characters, a passport section's 20,000, a table cell's
 * 2,000), applied again when a file is built. A raw sync client can write past them — the host
 * cannot refuse one field of a CRDT update — so every export cuts the excess and says so in the
 * text itself: nothing is hidden silently, and no export grows with what a client chose to send.
 */
export const EXPORT_CAPS = { card: MAX_CARD_TEXT, field: MAX_FIELD_TEXT, cell: MAX_CELL_TEXT } as const;

const MARK = {
  ru: (cut: number, max: number) => ` […обрезано: ещё ${cut.toLocaleString('ru-RU')} симв. сверх предела ${max.toLocaleString('ru-RU')}]`,
  en: (cut: number, max: number) => ` […cut: ${cut.toLocaleString('en-GB')} more characters over the ${max.toLocaleString('en-GB')} limit]`,
} as const;

export function capText(text: string, max: number, lang: Lang): string {
  if (text.length <= max) return text;
  const kept = clampText(text, max);
  return kept + MARK[lang](text.length - kept.length, max);
}

/** Every text of a passport within its cap: sections at the field cap, table cells at the cell cap. */
export function capPassport(p: PassportSnapshot, lang: Lang): PassportSnapshot {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (typeof v === 'string') out[k] = capText(v, EXPORT_CAPS.field, lang);
    else if (Array.isArray(v)) out[k] = v.map((row: Record<string, unknown>) => capRow(row, lang));
    else out[k] = v;
  }
  return out as PassportSnapshot;
}

function capRow(row: Record<string, unknown>, lang: Lang): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? capText(v, EXPORT_CAPS.cell, lang) : v]));
}
