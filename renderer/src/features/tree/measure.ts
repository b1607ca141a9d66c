import type { Size } from '@shared/tree/layout';

/** Box metrics in CSS pixels; tree.css uses the same numbers (see the node rules there). */
export const NODE_METRICS = {
  // Narrow boxes: a tree is as wide as its leaves side by side, and a fitted tree should stay legible.
  maxTextWidth: 200,
  // Wide enough for the longest kind label (ПОСЛЕДСТВИЕ, CONSEQUENCE) on one line.
  minWidth: 124,
  padX: 12,
  padY: 8,
  lineHeight: 22,
  /** The thickest border (the central node's); box-sizing is border-box, so it comes out of the box. */
  border: 3,
  labelHeight: 18,
  maxLines: 8,
  font: '17px "PT Sans", sans-serif',
} as const;

export type TextWidth = (s: string) => number;

/**
 * Greedy word wrap, as the browser does for `overflow-wrap: anywhere`: words that fit share a line,
 * a word wider than the line is broken by characters. Explicit newlines are kept.
 */
export function wrapLines(text: string, maxWidth: number, width: TextWidth): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (width(candidate) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      line = '';
      for (const piece of breakWord(word, maxWidth, width)) {
        if (line) out.push(line);
        line = piece;
      }
    }
    out.push(line);
  }
  return out;
}

function breakWord(word: string, maxWidth: number, width: TextWidth): string[] {
  if (width(word) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && width(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** The box for a node's text (plus its kind label); long text is clamped to maxLines, the rest shows on edit. */
export type NodeMetrics = { [K in keyof typeof NODE_METRICS]: (typeof NODE_METRICS)[K] extends string ? string : number };

export function boxSize(text: string, width: TextWidth, m: NodeMetrics = NODE_METRICS): Size {
  const lines = wrapLines(text, m.maxTextWidth, width);
  const widest = Math.max(0, ...lines.map(width));
  const shown = Math.min(m.maxLines, Math.max(1, lines.length));
  // +4: the browser's own wrap may differ from ours by a few pixels; never let it add a line.
  return {
    width: Math.ceil(Math.max(m.minWidth, Math.min(m.maxTextWidth, widest) + 2 * (m.padX + m.border) + 4)),
    height: Math.ceil(m.labelHeight + shown * m.lineHeight + 2 * (m.padY + m.border)),
  };
}

/** Text widths from a canvas, cached per string: 250 nodes are measured once, not on every render. */
export function canvasTextWidth(font: string = NODE_METRICS.font): TextWidth {
  const ctx = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  if (ctx) ctx.font = font;
  return (s) => {
    let w = cache.get(s);
    if (w === undefined) {
      w = ctx ? ctx.measureText(s).width : s.length * 9;
      cache.set(s, w);
    }
    return w;
  };
}
