import { textWidth } from './text-wrap';

/**
 * Column widths for a DOCX table from what its cells hold, so Word and LibreOffice never break a
 * word mid-way ("специальн|остям") the way equal columns did. Each column gets at least its longest
 * word (bold in the header), then the room left goes to the columns whose lines are longest, and the
 * widths add up to the text width exactly. Only when the longest words of all columns together are
 * wider than the page are they shrunk alike (then a word must break: there is no room).
 *
 * Widths are measured with PT Sans's advance widths (font-metrics.ts) times `fontScale`: the DOCX
 * fonts are not PT Sans. Measured on Cyrillic words: Arial ≈ 1.15× PT Sans, and where Arial or Times
 * New Roman are missing LibreOffice substitutes Noto Sans (≈ 1.16×) or Noto Serif Bold (≈ 1.25×), so
 * the default (1.2) errs on the wide side and a serif document should pass 1.3. Linear in the text: at most `MAX_ROWS` rows and `MAX_CHARS` per cell are measured.
 */
export type ColumnSpec = {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  /** Width the table fills, in twips (1/20 pt). */
  totalTwips: number;
  /** Body font size in points; the header is measured bold at the same size unless `headerPt` is given. */
  fontPt: number;
  headerPt?: number;
  /** Left + right cell margin of one cell, in twips. */
  paddingTwips: number;
  fontScale?: number;
};

const MAX_ROWS = 200;
const MAX_CHARS = 2000;
/** A single word wider than this share of the table (a URL, an e-mail) may break rather than starve the rest. */
const MAX_WORD_SHARE = 0.45;
const TWIPS_PER_PT = 20;

type Need = { min: number; pref: number };

function measure(text: string, pt: number, bold: boolean, scale: number): Need {
  let min = 0;
  let pref = 0;
  for (const line of text.slice(0, MAX_CHARS).split('\n')) {
    pref = Math.max(pref, textWidth(line, pt, bold));
    for (const word of line.split(/\s+/)) if (word) min = Math.max(min, textWidth(word, pt, bold));
  }
  return { min: min * scale * TWIPS_PER_PT, pref: pref * scale * TWIPS_PER_PT };
}

function needs(spec: ColumnSpec, scale: number): Need[] {
  const headerPt = spec.headerPt ?? spec.fontPt;
  const sample = spec.rows.slice(0, MAX_ROWS);
  return spec.header.map((h, i) => {
    const cells = [measure(h, headerPt, true, scale), ...sample.map((r) => measure(r[i] ?? '', spec.fontPt, false, scale))];
    // A little slack (2 pt) so rounding and kerning differences never push the last letter over.
    const slack = spec.paddingTwips + 2 * TWIPS_PER_PT;
    return { min: Math.max(...cells.map((c) => c.min)) + slack, pref: Math.max(...cells.map((c) => c.pref)) + slack };
  });
}

/** Integer widths in twips, one per header column, summing to `totalTwips`. */
export function contentColumnWidths(spec: ColumnSpec): number[] {
  const n = spec.header.length;
  if (n === 0) return [];
  const total = spec.totalTwips;
  const cap = Math.max(total * MAX_WORD_SHARE, total / n);
  // The safety margin for wider substitute fonts is given up (down to PT Sans's own widths) before
  // any column is made narrower than a word: a real Arial or Times New Roman then still fits.
  let need: Need[] = [];
  let minSum = Infinity;
  for (let scale = spec.fontScale ?? 1.2; minSum > total && scale >= 0.999; scale -= 0.05) {
    need = needs(spec, scale).map((x) => ({ min: Math.min(x.min, cap), pref: Math.max(Math.min(x.min, cap), x.pref) }));
    minSum = need.reduce((a, x) => a + x.min, 0);
  }
  let widths: number[];
  if (minSum >= total) {
    widths = need.map((x) => (x.min * total) / minSum);
  } else {
    const spare = total - minSum;
    const want = need.map((x) => x.pref - x.min);
    const wantSum = want.reduce((a, b) => a + b, 0);
    if (wantSum <= spare) {
      // Every line fits on one line: give each its preferred width and share what is left by that width.
      const prefSum = need.reduce((a, x) => a + x.pref, 0);
      widths = need.map((x) => x.pref + ((total - prefSum) * x.pref) / prefSum);
    } else {
      widths = need.map((x, i) => x.min + (spare * want[i]!) / wantSum);
    }
  }
  return roundToTotal(widths, total);
}

/** Floors every width and hands the remainder to the widest columns, so the sum is exact. */
function roundToTotal(widths: number[], total: number): number[] {
  const out = widths.map((w) => Math.floor(w));
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = widths.map((w, i) => [w - Math.floor(w), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) out[order[k]![1]]! += 1;
  return out;
}

/** A word's width in twips as `contentColumnWidths` measures it (for tests and callers that check fit). */
export const wordTwips = (word: string, pt: number, bold = false, fontScale = 1.2): number => textWidth(word, pt, bold) * fontScale * TWIPS_PER_PT;
