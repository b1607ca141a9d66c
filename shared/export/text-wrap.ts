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

/** Splits a word wider than the line into pieces that fit (at least one character each). */
function breakWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  if (textWidth(word, fontSize, bold) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && textWidth(piece + ch, fontSize, bold) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}
