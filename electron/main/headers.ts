import { CONTENT_SECURITY_POLICY } from '@shared/csp';

export type ResponseHeaders = Record<string, string[]>;

/**
 * Response headers with exactly one Content-Security-Policy: ours. Any CSP the host already sent
 * (same string) is dropped first, whatever its casing, so there is one policy to reason about.
 */
export function withContentSecurityPolicy(headers: ResponseHeaders | undefined): ResponseHeaders {
  const out: ResponseHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}
