import { xmlEscape } from './sanitize';

/**
 * Which bundled font draws a character PT Sans lacks, by Unicode block (the pure builders have no
 * font file to ask): Arabic and Hebrew letters get Noto Sans Arabic / Hebrew, anything else beyond
 * PT Sans's Latin, Cyrillic and punctuation (symbols, arrows, emoji, Greek…) gets DejaVu Sans.
 * The host bundles these fonts (electron/host/export/fonts.ts) and the PDF asks the real fonts;
 * this table is for SVG and PNG, where the renderer must be told the family.
 */
export const FALLBACK_FAMILIES = ['Noto Sans Arabic', 'Noto Sans Hebrew', 'DejaVu Sans'] as const;
export type FallbackFamily = (typeof FALLBACK_FAMILIES)[number];

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const HEBREW = /[\u0590-\u05FF\uFB1D-\uFB4F]/u;
const PT_SANS = /[\u0020-\u052F\t\n\r\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20BF\u2116\u2122]/u;

export function fallbackFamily(ch: string): FallbackFamily | null {
  if (ARABIC.test(ch)) return 'Noto Sans Arabic';
  if (HEBREW.test(ch)) return 'Noto Sans Hebrew';
  if (PT_SANS.test(ch) || /[\uFE0E\uFE0F\u200D]/.test(ch)) return null;
  return 'DejaVu Sans';
}

/** The fallback families a text needs. */
export function fallbacksFor(text: string): Set<FallbackFamily> {
  const out = new Set<FallbackFamily>();
  for (const ch of text) {
    const f = fallbackFamily(ch);
    if (f) out.add(f);
  }
  return out;
}

/**
 * SVG text content with every run PT Sans cannot draw in a `<tspan>` naming its font. resvg, given
 * a line with one missing glyph, otherwise draws the whole line in a fallback font (bold lost); a
 * browser gets the same explicit family. Escaped: the result is safe inside `<text>`.
 */
export function svgTextRuns(text: string): string {
  let out = '';
  let run = '';
  let family: FallbackFamily | null = null;
  const flush = () => {
    if (run) out += family ? `<tspan font-family="'${family}'">${xmlEscape(run)}</tspan>` : xmlEscape(run);
    run = '';
  };
  for (const ch of text) {
    // A space or a joiner stays in the run it is in, so "שלום עולם" is one span.
    const f: FallbackFamily | null = ch === ' ' || /[\uFE0E\uFE0F\u200D]/.test(ch) ? family : fallbackFamily(ch);
    if (f !== family) {
      flush();
      family = f;
    }
    run += ch;
  }
  flush();
  return out;
}
