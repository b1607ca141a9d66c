import { describe, expect, it } from 'vitest';
import { withContentSecurityPolicy } from '../../../electron/main/headers';
import { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES, serializeCsp } from '@shared/csp';

describe('content security policy', () => {
  it('allows scripts from the host only: no inline, no eval, no plugins, no framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\*|https?:/);
  });

  it('serializes directive by directive', () => {
    expect(serializeCsp({ a: ["'self'"], b: ['data:', 'blob:'] })).toBe("a 'self'; b data: blob:");
    expect(CONTENT_SECURITY_POLICY.split('; ')).toHaveLength(Object.keys(CSP_DIRECTIVES).length);
  });

  it('responses end up with exactly one policy, ours, whatever the host sent', () => {
    const headers = withContentSecurityPolicy({
      'content-type': ['text/html'],
      'content-security-policy': ['default-src *'],
      'Content-Security-Policy': ['x'],
    });
    expect(headers).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});
