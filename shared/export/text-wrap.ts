import { PT_SANS_BOLD, PT_SANS_REGULAR } from './font-metrics';
import type { FontMetrics } from './font-metrics';
import { stripIllegalXml } from './sanitize';

/**
 * Line breaking for drawn exports (SVG, PNG, PDF) with PT Sans's own advance widths, so a line
 * measured here fits its box when the bundled font draws it. Nothing is cut: a long text makes a
 * taller box, and a word wider than the box is broken between characters.
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const m = bold ? PT_SANS_BOLD : PT_SANS_REGULAR;
  let units = 0;
  for (const ch of text) units += advance(m, ch);
  return (units / 1000) * fontSize;
}

function advance(m: FontMetrics, ch: string): number {
  return m.widths.get(ch) ?? (/[\u1100-\u11FF\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/u.test(ch) ? 1000 : m.fallback);
}

export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const clean = stripIllegalXml(text).replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  const lines: string[] = [];
  for (const para of clean.split('\n')) {
    const words = para.split(' ').filter((w) => w.length > 0);
    if (words.length === 0) {
      lines.push('');
      continue;
    }
    let line = '';
    for (const word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, fontSize, bold) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      for (const piece of breakWord(word, maxWidth, fontSize, bold)) {
        if (line) lines.push(line);
        line = piece;
      }
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Splits a word wider than the line into pieces that fit (at least one character each), in one pass. */
function breakWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const m = bold ? PT_SANS_BOLD : PT_SANS_REGULAR;
  const limit = (maxWidth * 1000) / fontSize;
  const pieces: string[] = [];
  let piece = '';
  let units = 0;
  for (const ch of word) {
    const w = advance(m, ch);
    if (piece && units + w > limit) {
      pieces.push(piece);
      piece = '';
      units = 0;
    }
    piece += ch;
    units += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Spaces that do not allow a line break: pasted from Word between every word of a paragraph. */
const NO_BREAK_SPACES = /[\u00A0\u2007\u202F\u2060\uFEFF]/g;

/**
 * Text for a line breaker that is quadratic in the length of an unbreakable run (pdfkit measures
 * the rest of an over-long word again for every line it cuts off): every run of non-space
 * characters wider than `maxWidth` is made breakable here, in time linear in the text. No-break
 * spaces inside such a run become plain spaces; a run still too wide gets line breaks where it
 * reaches the width (measured with the wider of the two PT Sans faces, so each piece fits either).
 * Runs that fit are left alone, so "5 000 ₽" keeps its no-break space.
 */
export function breakLongRuns(text: string, maxWidth: number, fontSize: number): string {
  if (!(maxWidth > 0) || !(fontSize > 0)) return text;
  const limit = (maxWidth * 1000 * 0.96) / fontSize;
  return text.replace(/[^ \t\n\r]+/g, (run) => {
    if (run.length * 1100 <= limit || runUnits(run) <= limit) return run;
    return run
      .replace(NO_BREAK_SPACES, ' ')
      .split(' ')
      .map((word) => (runUnits(word) <= limit ? word : hardBreak(word, limit)))
      .join(' ');
  });
}

const widest = (ch: string): number => Math.max(advance(PT_SANS_REGULAR, ch), advance(PT_SANS_BOLD, ch));

function runUnits(run: string): number {
  let units = 0;
  for (const ch of run) units += widest(ch);
  return units;
}

function hardBreak(word: string, limit: number): string {
  const pieces: string[] = [];
  let start = 0;
  let units = 0;
  let i = 0;
  for (const ch of word) {
    const w = widest(ch);
    if (i > start && units + w > limit) {
      pieces.push(word.slice(start, i));
      start = i;
      units = 0;
    }
    units += w;
    i += ch.length;
  }
  pieces.push(word.slice(start));
  return pieces.join('\n');
}
