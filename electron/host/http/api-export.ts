import type { ServerResponse } from 'node:http';
import { AppError } from '@shared/errors';
import type { Lang } from '@shared/export/labels';
import { asciiFileStem, unicodeFileStem } from '@shared/export/sanitize';
import type { ExportFile } from '../export/exports';
import { parseExportName } from '../export/exports';
import { exportPool } from '../export/worker/pool';
import { BASE_HEADERS } from './respond';
import type { Route } from './route';
import { ID, requireFacilitator } from './route';

/**
 * `GET /api/events/<id>/export/<what>.<ext>?lang=ru|en` — facilitators and that event's
 * co-facilitator. The files are attachments with a sandboxing CSP, so even an SVG opened straight
 * from the host can run nothing.
 */
const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; sandbox";

export function langOf(url: string | undefined): Lang {
  const lang = new URL(url ?? '/', 'http://host').searchParams.get('lang') ?? 'ru';
  if (lang !== 'ru' && lang !== 'en') throw new AppError('bad_request', 'lang must be ru or en');
  return lang;
}

/** ASCII `filename=` for old clients, RFC 5987 `filename*=` with the real (Cyrillic) title for the rest. */
export function contentDisposition(title: string, ext: string): string {
  const ascii = `${asciiFileStem(title)}.${ext}`;
  const utf8 = encodeURIComponent(`${unicodeFileStem(title)}.${ext}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}

export function sendFile(res: ServerResponse, f: ExportFile): void {
  res.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': f.type,
    'Content-Length': f.bytes.length,
    'Content-Disposition': contentDisposition(f.title, f.ext),
    'Content-Security-Policy': EXPORT_CSP,
    'Cache-Control': 'no-store',
  });
  res.end(f.bytes);
}

export const exportRoutes: Route[] = [
  {
    method: 'GET',
    pattern: new RegExp(`^/api/events/${ID}/export/([^/]{1,200})$`),
    handler: async (ctx, req, res, [eventId, name]) => {
      requireFacilitator(ctx, req, eventId);
      const event = ctx.library.get(eventId!);
      const lang = langOf(req.url);
      const parsed = parseExportName(name!);
      // A client that hangs up ends the worker building its file instead of letting it finish for nobody.
      const abort = new AbortController();
      res.on('close', () => {
        if (!res.writableFinished) abort.abort();
      });
      sendFile(res, await exportPool().run(event, parsed, lang, { signal: abort.signal }));
    },
  },
];
