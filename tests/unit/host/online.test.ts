import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from '../../../electron/host/http/client-address';
import { hostAllowed, originAllowed } from '../../../electron/host/http/guards';
import { hostAllowlist, liveInterfaces, parsePublicUrl } from '../../../electron/host/network';

/** Just what the guards read from a request. */
function request(peer: string, headers: Record<string, string> = {}): IncomingMessage {
  return { socket: { remoteAddress: peer }, headers } as unknown as IncomingMessage;
}

describe('the Host allowlist follows the interfaces as they are now', () => {
  it('an address the laptop gets after the host started is allowed once the cache has expired', () => {
    let addresses = ['192.168.0.5'];
    let now = 0;
    const interfaces = liveInterfaces(
      () => addresses,
      1_000,
      () => now,
    );
    const allow = hostAllowlist({ bind: '0.0.0.0', interfaces });
    expect(allow.allows('192.168.0.5')).toBe(true);
    expect(allow.allows('10.20.0.7')).toBe(false);
    addresses = ['192.168.0.5', '10.20.0.7']; // joined the venue Wi‑Fi
    now = 1_000;
    expect(allow.allows('10.20.0.7')).toBe(true);
    expect(hostAllowed(request('10.20.0.9', { host: '10.20.0.7:4321' }), allow)).toBe(true);
    addresses = ['10.20.0.7']; // left the first network
    now = 2_000;
    expect(allow.allows('192.168.0.5')).toBe(false);
  });

  it('a flood of requests reads the interfaces once per cache period, not once each', () => {
    let reads = 0;
    const interfaces = liveInterfaces(
      () => (reads++, ['192.168.0.5']),
      1_000,
      () => 500,
    );
    const allow = hostAllowlist({ bind: '0.0.0.0', interfaces });
    for (let i = 0; i < 10_000; i++) allow.allows(`evil-${i}.example`);
    expect(reads).toBe(1);
  });

  it('names outside the machine stay refused, with or without a public URL', () => {
    const allow = hostAllowlist({ bind: '0.0.0.0', publicUrl: parsePublicUrl('https://veche.example.org'), interfaces: () => [] });
    expect(hostAllowed(request('127.0.0.1', { host: 'veche.example.org' }), allow)).toBe(true);
    expect(hostAllowed(request('127.0.0.1', { host: 'attacker.example' }), allow)).toBe(false);
    expect(hostAllowed(request('127.0.0.1', {}), allow)).toBe(false);
  });
});

describe('--public-url', () => {
  it('is an origin only, https or http', () => {
    expect(parsePublicUrl('https://veche.example.org/').origin).toBe('https://veche.example.org');
    expect(parsePublicUrl('https://veche.example.org:8443').origin).toBe('https://veche.example.org:8443');
    expect(() => parsePublicUrl('veche.example.org')).toThrow(/not a URL/);
    expect(() => parsePublicUrl('ftp://veche.example.org')).toThrow(/https/);
    expect(() => parsePublicUrl('https://veche.example.org/veche/')).toThrow(/origin only/);
    expect(() => parsePublicUrl('https://u:p@veche.example.org')).toThrow(/password/);
  });

  it('a browser on the public origin may change state even when the proxy drops the port from Host', () => {
    const allow = hostAllowlist({ bind: '0.0.0.0', publicUrl: parsePublicUrl('https://localhost:8443'), interfaces: () => [] });
    expect(originAllowed(request('127.0.0.1', { host: 'localhost', origin: 'https://localhost:8443' }), allow)).toBe(true);
    // Another port or scheme on the same name is another origin: refused.
    expect(originAllowed(request('127.0.0.1', { host: 'localhost', origin: 'https://localhost:9443' }), allow)).toBe(false);
    expect(originAllowed(request('127.0.0.1', { host: 'localhost', origin: 'http://localhost:8443' }), allow)).toBe(false);
    expect(originAllowed(request('127.0.0.1', { host: 'localhost', origin: 'https://evil.example' }), allow)).toBe(false);
  });

  it('without a public URL an origin must still be the request’s own', () => {
    const allow = hostAllowlist({ bind: '0.0.0.0', interfaces: () => ['192.168.0.5'] });
    expect(originAllowed(request('192.168.0.9', { host: '192.168.0.5:4321', origin: 'http://192.168.0.5:4321' }), allow)).toBe(true);
    expect(originAllowed(request('192.168.0.9', { host: '192.168.0.5:4321', origin: 'https://localhost:8443' }), allow)).toBe(false);
  });
});

describe('client addresses behind a proxy', () => {
  it('without a trusted proxy a forged X-Forwarded-For changes nothing', () => {
    expect(clientAddress(request('192.168.0.9', { 'x-forwarded-for': '10.0.0.1' }))).toBe('192.168.0.9');
    expect(clientAddress(request('127.0.0.1', { 'x-forwarded-for': '10.0.0.1' }))).toBe('127.0.0.1');
  });

  it('a peer that is not the trusted proxy is not believed either', () => {
    const trusted = parseTrustedProxies('127.0.0.1');
    expect(clientAddress(request('192.168.0.9', { 'x-forwarded-for': '10.0.0.1' }), trusted)).toBe('192.168.0.9');
  });

  it('from the trusted proxy, the right-most hop it does not trust is the client; a spoofed left-most entry is ignored', () => {
    const trusted = parseTrustedProxies('127.0.0.1, 10.8.0.0/16');
    expect(clientAddress(request('127.0.0.1', { 'x-forwarded-for': '203.0.113.7' }), trusted)).toBe('203.0.113.7');
    expect(clientAddress(request('::ffff:127.0.0.1', { 'x-forwarded-for': '198.51.100.1, 203.0.113.7' }), trusted)).toBe('203.0.113.7');
    expect(clientAddress(request('127.0.0.1', { 'x-forwarded-for': '198.51.100.1, 203.0.113.7, 10.8.3.4' }), trusted)).toBe('203.0.113.7');
    // Garbage a client wrote stops the walk at the last vouched-for hop, never a made-up value.
    expect(clientAddress(request('127.0.0.1', { 'x-forwarded-for': 'not-an-ip, 10.8.3.4' }), trusted)).toBe('10.8.3.4');
    expect(clientAddress(request('127.0.0.1', {}), trusted)).toBe('127.0.0.1');
  });

  it('IPv6 proxies and clients, and a bad list is refused with a clear message', () => {
    const trusted = parseTrustedProxies('::1,fd00::/8');
    expect(clientAddress(request('::1', { 'x-forwarded-for': '2001:db8::5, fd00::1' }), trusted)).toBe('2001:db8::5');
    expect(() => parseTrustedProxies('')).toThrow(/at least one/);
    expect(() => parseTrustedProxies('localhost')).toThrow(/not an address/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/prefix/);
  });
});
