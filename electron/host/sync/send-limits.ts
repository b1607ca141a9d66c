import type { WebSocket } from 'ws';

/**
 * What one connection may cost the host. A socket whose reader does not keep up (or never reads)
 * would otherwise hold every message sent to it in memory; it is closed instead, with a code the
 * stock client treats as "try again later", so an honest phone on a bad link reconnects and resyncs.
 */
export const SEND_LIMITS = {
  /** Bytes waiting to be written to one socket, beyond twice its largest single message. */
  queueBytes: 8 * 1024 * 1024,
  /** A socket closed for overload that has not finished closing by then is cut. */
  terminateAfterMs: 5_000,
  /** Sync step 1 requests per connection: a burst, then one per this many ms (the stock client sends one per connection). */
  stepOneBurst: 8,
  stepOneEveryMs: 5_000,
} as const;

/** 1013 Try Again Later: the send queue of this socket is full. 1008 Policy Violation: too many sync requests. */
export const CLOSE_OVERLOADED = 1013;
export const CLOSE_POLICY = 1008;

/** Decides, message by message, whether a socket's send queue may take one more. */
export class SendQueueGuard {
  private largest = 0;

  constructor(private readonly limitBytes: number = SEND_LIMITS.queueBytes) {}

  /** False when `bytes` more would overflow; a message to an empty queue always goes. */
  admits(ws: Pick<WebSocket, 'bufferedAmount'>, bytes: number): boolean {
    this.largest = Math.max(this.largest, bytes);
    const queued = ws.bufferedAmount;
    return queued === 0 || queued + bytes <= this.limitBytes + 2 * this.largest;
  }
}

/** Closes with `code` and cuts the socket if the close does not complete (a peer that never reads never sees it). */
export function closeHard(ws: WebSocket, code: number, reason: string, afterMs: number = SEND_LIMITS.terminateAfterMs): void {
  if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) ws.close(code, reason);
  setTimeout(() => ws.terminate(), afterMs).unref();
}

/** A token bucket for one connection's sync step 1 requests. */
export class StepOneBudget {
  private tokens: number = SEND_LIMITS.stepOneBurst;
  private at = Date.now();

  take(): boolean {
    const now = Date.now();
    this.tokens = Math.min(SEND_LIMITS.stepOneBurst, this.tokens + (now - this.at) / SEND_LIMITS.stepOneEveryMs);
    this.at = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
