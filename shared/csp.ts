/**
 * The Content-Security-Policy for every page the host serves. The Electron shell sets it on
 * responses from the host's origin, and the host sends the same header to LAN browsers, so the
 * renderer is held to one policy everywhere.
 *
 * Why each source is there:
 * - scripts, styles, fonts, workers: only files the host serves (Vite's build emits no inline
 *   script or style; React `style={…}` props go through CSSOM and are not affected).
 * - `img-src data: blob:` — QR codes and export previews are data/blob URLs.
 * - `font-src data:` — Vite inlines small assets as data URLs.
 * - `connect-src 'self'` covers the JSON API and, by CSP3 scheme matching, `ws:` to the same
 *   host and port (y-websocket sync).
 * - `base-uri 'self'`: index.html sets <base href="/"> so deep routes load /assets; nothing
 *   may point it elsewhere.
 * - no plugins, no frames, forms post only back to the host, and no other site may frame the
 *   app (clickjacking).
 * No 'unsafe-eval': zod falls back from its JIT when `new Function` is refused.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'media-src': ["'self'", 'blob:'],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
} as const satisfies Record<string, readonly string[]>;

export type CspDirective = keyof typeof CSP_DIRECTIVES;

export function serializeCsp(directives: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The header value: `Content-Security-Policy: <CONTENT_SECURITY_POLICY>`. */
export const CONTENT_SECURITY_POLICY = serializeCsp(CSP_DIRECTIVES);
