import type { IncomingMessage } from 'node:http';
import { AppError } from '@shared/errors';

/**
 * The path and query of a request target, parsed without ever throwing past the caller's control:
 * `//[`, `http://…` (absolute form) or a target that is not a path at all is a `bad_request`.
 * Parsing against a fixed origin by concatenation, not as a relative URL. A target that starts with
 * `//` is refused too: nothing the app or the protocol makes starts so, and the built app's fallback
 * would otherwise answer `//[` with the app page.
 */
export function requestTarget(req: Pick<IncomingMessage, 'url'>): URL {
  const raw = req.url ?? '/';
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.length > 8192) throw new AppError('bad_request', 'the request target must be a path');
  try {
    return new URL(`http://host${raw}`);
  } catch {
    throw new AppError('bad_request', 'the request target is not a valid path');
  }
}

/** decodeURIComponent that answers a malformed escape (`%ZZ`, a lone surrogate) with `bad_request`. */
export function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new AppError('bad_request', 'malformed percent-escape in the path');
  }
}
