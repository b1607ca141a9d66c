import { unicodeFileStem } from '@shared/export/sanitize';

/**
 * File names for saved exports. The host names its attachments after the event or board title
 * (RFC 5987 `filename*=`); that name wins, and ours is only the fallback when the header is
 * missing or unreadable (the event file's endpoint names it by id, which means nothing to a person).
 */

/** `<title>.<ext>` with path and reserved characters removed, Cyrillic kept. */
export function fileNameFor(title: string, ext: string, fallback = 'veche'): string {
  return `${unicodeFileStem(title, fallback)}.${ext}`;
}

/** The file name a Content-Disposition header carries: `filename*=UTF-8''…` first, then `filename="…"`. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return clean(decodeURIComponent(star[1]!.trim()));
    } catch {
      // A malformed percent escape: fall through to the plain filename.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(header);
  const name = plain ? (plain[1] ?? plain[2] ?? '').trim() : '';
  return name ? clean(name) : null;
}

/** A header is host input too: never let it name a folder. */
function clean(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return base ? unicodeFileStem(base) : null;
  return fileNameFor(base.slice(0, dot), base.slice(dot + 1).replace(/[^A-Za-z0-9]/g, '') || 'bin');
}

/** The name without its folder or extension, as `export:save` wants it (it adds the extension itself). */
export function stemOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
