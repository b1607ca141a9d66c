import type { NodeKind } from '../tree/types';

/**
 * How tree exports look: one table shared by SVG, PNG, PDF and the `.mm` colours, so every format
 * of the same tree matches. Sizes are CSS px (1 px = 0.75 pt): at 100 % on A3 the node text is
 * 12 pt and nothing is under 11 pt.
 */
export const KIND_COLORS: Record<NodeKind, { fill: string; stroke: string }> = {
  problem: { fill: '#fbd9d6', stroke: '#b3261e' },
  cause: { fill: '#fff1cf', stroke: '#b07800' },
  consequence: { fill: '#dde8fb', stroke: '#2f5fb3' },
  goal: { fill: '#d4f0dc', stroke: '#1d7a43' },
  means: { fill: '#fff1cf', stroke: '#b07800' },
  end: { fill: '#dde8fb', stroke: '#2f5fb3' },
};

export const TREE_STYLE = {
  /** PT Sans, then the bundled fallbacks for what it lacks (electron/host/export/fonts.ts), in the same order. */
  fontFamily: "'PT Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'DejaVu Sans', 'Arial', sans-serif",
  fontSize: 16,
  rootFontSize: 19,
  lineHeight: 1.25,
  titleSize: 28,
  subtitleSize: 16,
  /** Width available to a line of node text, before padding. */
  maxTextWidth: 176,
  minBoxWidth: 120,
  padX: 10,
  padY: 8,
  margin: 32,
  gapX: 18,
  gapY: 40,
  text: '#1b1b1b',
  hint: '#6f6f6f',
  edge: '#6b6b6b',
  background: '#ffffff',
} as const;

/** CSS px to PDF points. */
export const PX_TO_PT = 0.75;
