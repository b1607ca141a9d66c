import { describe, expect, it } from 'vitest';
import { CODE_LENGTH, RateLimiter, hashToken, newCode, newToken, normalizeCode } from '../../../electron/host/auth/tokens';

describe('tokens and codes', () => {
  it('tokens carry at least 128 random bits and are stored only as hashes', () => {
    const t = newToken();
    expect(Buffer.from(t, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(new Set(Array.from({ length: 1000 }, newToken)).size).toBe(1000);
    expect(hashToken(t)).not.toContain(t);
    expect(hashToken(t)).toBe(hashToken(t));
  });

  it('join codes avoid look-alike characters and are typed case-insensitively', () => {
    for (let i = 0; i < 500; i++) expect(newCode()).toMatch(new RegExp(`^[2-9A-HJKMNP-Z]{${CODE_LENGTH}}$`));
    expect(normalizeCode(' ab-c 12 ')).toBe('ABC12');
  });

  it('the rate limiter allows a burst, refuses the rest, and refills with time', () => {
    let now = 0;
    const rl = new RateLimiter(3, 6, () => now);
    expect([1, 2, 3, 4].map(() => rl.take('a'))).toEqual([true, true, true, false]);
    expect(rl.take('b')).toBe(true);
    now += 10_000;
    expect(rl.take('a')).toBe(true);
    expect(rl.take('a')).toBe(false);
  });
});
