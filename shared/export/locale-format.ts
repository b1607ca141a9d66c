import type { Lang } from './labels';

/**
 * Numbers and dates as each export language writes them, for every format (DOCX, PDF, Markdown,
 * CSV; XLSX keeps real numbers and dates and lets the reader's locale print them).
 * Russian: decimal comma, thousands split by a no-break space (so "12 500" never wraps), dates as
 * 02.12.2026 in tables and "2 декабря 2026 г." in running text. English: decimal point, thousands
 * with a comma, ISO dates in tables and "2 December 2026" in running text.
 * Days are formatted in UTC: an ISO day ("2026-12-02") is a calendar day, not an instant.
 */
const LOCALE: Record<Lang, string> = { ru: 'ru-RU', en: 'en-GB' };

export type NumberStyle = {
  /** At most this many decimals (trailing zeros dropped); 3 unless told. */
  maxDecimals?: number;
  /** Exactly this many decimals (a score column lines up). */
  decimals?: number;
  /** Thousands separators; off for CSV, where a spreadsheet would read "1 234" as text. */
  grouping?: boolean;
};

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, s: NumberStyle): Intl.NumberFormat {
  const key = `${lang}|${s.maxDecimals ?? ''}|${s.decimals ?? ''}|${s.grouping ?? true}`;
  let f = numberFormats.get(key);
  if (!f) {
    const min = s.decimals ?? 0;
    f = new Intl.NumberFormat(LOCALE[lang], {
      minimumFractionDigits: min,
      maximumFractionDigits: s.decimals ?? s.maxDecimals ?? 3,
      useGrouping: s.grouping ?? true,
    });
    numberFormats.set(key, f);
  }
  return f;
}

/** `1234.5` → "1 234,5" (ru, no-break space) or "1,234.5" (en); a non-finite number → "". */
export function formatNumber(n: number, lang: Lang, style: NumberStyle = {}): string {
  if (!Number.isFinite(n)) return '';
  // ICU may group with U+202F (narrow no-break space); U+00A0 is in every font the exports use.
  return numberFormat(lang, style)
    .format(n)
    .replace(/\u202F/g, '\u00A0')
    .replace(/\u2212/g, '-');
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day as a Date at UTC midnight, or null when `d` is neither a Date nor a real ISO day. */
function dayOf(d: string | Date | number): Date | null {
  if (d instanceof Date) return Number.isNaN(d.getTime()) ? null : d;
  if (typeof d === 'number') return Number.isFinite(d) ? new Date(d) : null;
  const m = ISO_DAY.exec(d);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCDate() === Number(m[3]) && date.getUTCMonth() === Number(m[2]) - 1 ? date : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A day for a table cell: "02.12.2026" (ru) or "2026-12-02" (en). An ISO string that is not a real
 * day ("2026-02-30", free text) comes back unchanged, so a typo is printed as typed, not moved.
 * Instants (a Date or epoch ms) are read in UTC unless `local` is set.
 */
export function formatDay(d: string | Date | number, lang: Lang, local = false): string {
  const day = dayOf(d);
  if (!day) return typeof d === 'string' ? d : '';
  const [y, m, dd] = local ? [day.getFullYear(), day.getMonth() + 1, day.getDate()] : [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  return lang === 'ru' ? `${pad(dd)}.${pad(m)}.${y}` : `${y}-${pad(m)}-${pad(dd)}`;
}

const longFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A day in running text: "2 декабря 2026 г." (ru) or "2 December 2026" (en); same fallback as formatDay. */
export function formatDayLong(d: string | Date | number, lang: Lang, local = false): string {
  const day = dayOf(d);
  if (!day) return typeof d === 'string' ? d : '';
  const utc = local ? new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate())) : day;
  let f = longFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    longFormats.set(lang, f);
  }
  return f.format(utc).replace(/\u202F|\u00A0/g, ' ');
}

/** A table cell that may hold a number: numbers in the language's form, text as it is, null as "". */
export const formatCell = (c: string | number | null, lang: Lang): string => (c === null ? '' : typeof c === 'number' ? formatNumber(c, lang) : c);
