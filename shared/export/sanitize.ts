/**
 * Making user text inert in every export format. Card and node texts come from any participant's
 * client, so nothing they type may become markup, a formula or a link target.
 */

/**
 * Characters XML 1.0 forbids outright (C0 controls except tab/LF/CR, U+FFFE/U+FFFF, lone
 * surrogates). An escaped `&#1;` is just as illegal, so they are removed, not escaped.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed.
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): a right-to-left
 * override in a name would print the rest of the line reversed in every file. Removed wherever user
 * text goes into an export; Arabic and Hebrew letters still run right to left by themselves.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const neutraliseBidi = (s: string): string => s.replace(BIDI_CONTROLS, '');

export const stripIllegalXml = (s: string): string => neutraliseBidi(s.replace(ILLEGAL_XML, ''));

/** Text content and attribute values alike: all five XML specials, so one function is safe everywhere. */
export function xmlEscape(s: string): string {
  return stripIllegalXml(s).replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** For attributes that must keep line breaks (FreeMind TEXT): a parser would fold raw ones into spaces. */
export const xmlAttr = (s: string): string => xmlEscape(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');

/** Plain text for PDF/DOCX runs and CSV: controls other than tab/newline would print as boxes or break parsers. */
export const plainText = (s: string): string => stripIllegalXml(s).replace(/\r\n?/g, '\n');

/**
 * A spreadsheet opens a cell starting with one of these as a formula (or DDE): `=`, `+`, `-`, `@`,
 * tab, CR. The OWASP remedy: prefix a single quote, so the cell shows the text and never evaluates.
 * Two shapes starting with `+`/`-` are left as typed because they cannot call anything: a plain
 * number ("-5", "+3,5") and a phone number ("+7 912 345-67-89": digits and punctuation, no letters,
 * so no function, reference or DDE); "-2+3" or "+SUM(1)" still get the quote.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const SIGNED_NUMBER = /^[+-]\d+(?:[.,]\d+)?$/;
const PHONE = /^\+[\d\s()\-\u2010\u2011.]{5,30}$/;

export const isInertSigned = (s: string): boolean => SIGNED_NUMBER.test(s) || PHONE.test(s);

export const neutraliseCell = (s: string): string => {
  // Tested before CR/LF normalisation, which would turn a leading CR into a harmless-looking LF.
  const text = plainText(s);
  const raw = stripIllegalXml(s);
  return FORMULA_START.test(raw) && !isInertSigned(raw) ? `'${text}` : text;
};

const TRANSLIT: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

/** Latin letters for an ASCII fallback filename (passport-style transliteration, lower case). */
export function transliterate(s: string): string {
  return [...s.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join('');
}

/** A filename stem safe on every OS and in a quoted header: ASCII letters, digits, `-`, `_`; at most 80 characters. */
export function asciiFileStem(title: string, fallback = 'export'): string {
  const stem = transliterate(title)
    .replace(/[^a-z0-9_-]+/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return stem || fallback;
}

/** The title as a filename stem keeping Cyrillic (for RFC 5987 `filename*=`): no path or reserved characters. */
export function unicodeFileStem(title: string, fallback = 'export'): string {
  const stem = stripIllegalXml(title)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed.
    .replace(/[\u0000-\u001F\u007F/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return stem.replace(/^\.+/, '') || fallback;
}
