import { KeyedCounter } from './counter';
import { LruBuckets } from './lru-buckets';

/**
 * How many WebSockets one device and one person may hold, and how fast one address may open them.
 * A phone holds a handful (plan, a board or two, its own room, results); a venue's devices each have
 * their own address. The bench's 150 simulated people share 127.0.0.1, hence the per-address room.
 */
export const SOCKET_LIMITS = {
  /** Live sockets per token (the host's own facilitator token is exempt: it never leaves this machine). */
  perToken: 64,
  /** Live sockets per remote address, all tokens together. */
  perAddress: 512,
  /** Upgrade attempts per address: a burst, then this many per second. */
  upgradeBurst: 400,
  upgradesPerSecond: 20,
  /** Addresses remembered by the rate limiter (least recently seen forgotten first). */
  trackedAddresses: 4096,
} as const;

export type SocketLimits = { [K in keyof typeof SOCKET_LIMITS]: number };

export type Refusal = { status: 429; reason: string };

/** Decides whether an upgrade may go ahead, and counts the sockets that did. */
export class SocketAdmission {
  private readonly rate: LruBuckets;
  private readonly byToken = new KeyedCounter();
  private readonly byAddress = new KeyedCounter();

  constructor(readonly limits: SocketLimits = SOCKET_LIMITS) {
    this.rate = new LruBuckets(limits.upgradeBurst, limits.upgradesPerSecond, limits.trackedAddresses);
  }

  /** Checked before the token is even looked at, so guessing tokens is slowed as well. */
  attempt(address: string): Refusal | null {
    return this.rate.take(address) ? null : { status: 429, reason: 'too many connection attempts from this address' };
  }

  /** `tokenKey` null = exempt from the per-token cap. */
  check(address: string, tokenKey: string | null): Refusal | null {
    if (this.byAddress.get(address) >= this.limits.perAddress) return { status: 429, reason: 'too many connections from this address' };
    if (tokenKey !== null && this.byToken.get(tokenKey) >= this.limits.perToken) return { status: 429, reason: 'too many connections for this person' };
    return null;
  }

  /** Counts a socket that was opened; the returned function (idempotent) uncounts it. */
  open(address: string, tokenKey: string | null): () => void {
    this.byAddress.add(address);
    if (tokenKey !== null) this.byToken.add(tokenKey);
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      this.byAddress.remove(address);
      if (tokenKey !== null) this.byToken.remove(tokenKey);
    };
  }
}
