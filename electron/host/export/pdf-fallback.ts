import type { FallbackFont } from './fonts';

/**
 * Font fallback for pdfkit, which draws every character in the one current font (a character
 * PT Sans lacks becomes an empty box). Every text pdfkit draws is cut into runs by the first font
 * that has each character — the current one, then the bundled fallbacks (fonts.ts) — and the runs
 * are drawn one after another as `continued` text, so they wrap as one paragraph.
 *
 * Right-to-left: fontkit shapes an Arabic or Hebrew run and returns it in visual order; here the
 * runs of a right-to-left stretch ("مرحبا שלום", with the spaces between) are put in reverse order,
 * which is the Unicode bidi algorithm for a left-to-right paragraph without numbers inside the
 * stretch. A stretch that wraps keeps its words in run order across the line break (pdfkit lays out
 * lines left to right); bidi control characters were already removed (sanitize.ts).
 * Measuring (heightOfString) still uses the current font alone: a missing glyph measures as its box.
 */
type Glyphs = { hasGlyphForCodePoint(cp: number): boolean };
type Metrics = { ascender: number; descender: number; lineGap: number };
type FontState = { _font: { font?: Glyphs } & Metrics; _fontSource: unknown; _fontFamily: unknown };
type TextFn = (this: TextDoc, text: unknown, x: unknown, y: unknown, options: unknown, lineCallback: unknown) => unknown;
type TextDoc = FontState & { _text: TextFn; _line: unknown; font(name: string): unknown };

export type Run = { text: string; face: number; rtl: boolean };

const RTL_LETTER = /[\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const NEUTRAL = /^[\s\p{P}\p{Zs}]*$/u;
/** Emoji presentation selectors and joiners: meaningless in a monochrome font, drawn as boxes if kept. */
const PRESENTATION = /[\uFE0E\uFE0F\u200D]/g;

/**
 * The text cut into runs: face 0 is the current font, 1… the fallbacks in order. A character no font
 * has stays with the current font (its box is honest about it). Then right-to-left stretches are
 * reordered for display.
 */
export function fallbackRuns(text: string, faces: readonly Glyphs[]): Run[] {
  const runs: Run[] = [];
  for (const ch of text.replace(PRESENTATION, '')) {
    const cp = ch.codePointAt(0)!;
    const last = runs[runs.length - 1];
    // A space stays in a left-to-right fallback run (fewer font switches) but never joins a
    // right-to-left one: shaped right to left, it would land on the wrong side of the word.
    const keep = ch === ' ' && last && !RTL_LETTER.test(last.text) && faces[last.face]!.hasGlyphForCodePoint(cp);
    const face = keep
      ? last.face
      : Math.max(
          0,
          faces.findIndex((f) => f.hasGlyphForCodePoint(cp)),
        );
    if (last && last.face === face) last.text += ch;
    else runs.push({ text: ch, face, rtl: false });
  }
  for (const r of runs) r.rtl = RTL_LETTER.test(r.text);
  return visualOrder(runs);
}

/** Reverses each maximal stretch of right-to-left runs (neutral runs between two of them included). */
function visualOrder(runs: Run[]): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < runs.length) {
    if (!runs[i]!.rtl) {
      out.push(runs[i++]!);
      continue;
    }
    let end = i;
    for (let j = i + 1; j < runs.length; j++) {
      if (runs[j]!.rtl) end = j;
      else if (!NEUTRAL.test(runs[j]!.text)) break;
    }
    out.push(...runs.slice(i, end + 1).reverse());
    i = end + 1;
  }
  return out;
}

/** Registers the fallback fonts and routes every drawn text through `fallbackRuns`. */
export function installFallback(doc: PDFKit.PDFDocument, fallbacks: readonly FallbackFont[]): void {
  const d = doc as unknown as TextDoc;
  const names = fallbacks.map((f, i) => {
    const name = `fallback-${i}`;
    doc.registerFont(name, Buffer.from(f.bytes));
    return name;
  });
  const main = d._font;
  let opened: Glyphs[] | null = null;
  // Parsed on first need only: most documents never use a fallback, and parsing costs CPU per PDF.
  const glyphs = (): Glyphs[] => {
    if (opened) return opened;
    const saved = { _font: d._font, _fontSource: d._fontSource, _fontFamily: d._fontFamily };
    opened = names.map((n) => {
      d.font(n);
      // Placed on the main font's baseline and line height: with their own (Noto Arabic's ascender is
      // much taller) a fallback run would sit lower than its neighbours and stretch the line.
      Object.assign(d._font, { ascender: main.ascender, descender: main.descender, lineGap: main.lineGap });
      return d._font.font!;
    });
    Object.assign(d, saved);
    return opened;
  };
  const original = d._text;
  d._text = function (this: TextDoc, text, x, y, options, lineCallback) {
    const current = this._font.font;
    if (typeof text !== 'string' || lineCallback !== this._line || !current || !lacksGlyph(text, current)) {
      return original.call(this, text, x, y, options, lineCallback);
    }
    const runs = fallbackRuns(text, [current, ...glyphs()]);
    const state = { _font: this._font, _fontSource: this._fontSource, _fontFamily: this._fontFamily };
    const opts = (x !== null && typeof x === 'object' ? x : (options ?? {})) as { continued?: boolean };
    const at = typeof x === 'number' || typeof y === 'number';
    try {
      runs.forEach((r, i) => {
        if (r.face === 0) Object.assign(this, state);
        else this.font(names[r.face - 1]!);
        const o = { ...opts, continued: i < runs.length - 1 ? true : (opts.continued ?? false) };
        // pdfkit reads an object in the x slot as the options; a position is given only once.
        if (i === 0 && at) original.call(this, r.text, x, y, o, lineCallback);
        else original.call(this, r.text, o, undefined, undefined, lineCallback);
      });
    } finally {
      Object.assign(this, state);
    }
    return this;
  };
}

function lacksGlyph(text: string, font: Glyphs): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7e && !font.hasGlyphForCodePoint(cp)) return true;
  }
  return false;
}
