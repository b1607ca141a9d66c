/**
 * `<input type="datetime-local">` speaks the browser's wall clock; deadlines and release times are
 * stored as the HOST's epoch ms. The venue's laptops and phones share a time zone, so the wall-clock
 * text maps to an epoch directly; only the clock offset (handled by collab/host-clock) differs.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms → `YYYY-MM-DDTHH:mm:ss` in this browser's time zone; '' for none. */
export function toLocalInput(epochMs: number | null): string {
  if (epochMs === null || !Number.isFinite(epochMs)) return '';
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The inverse; null for an empty or unreadable value (a half-typed date must not set a deadline). */
export function fromLocalInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const date = new Date(y!, mo! - 1, d!, h!, mi!, s!);
  // Date rolls 31 February into March; a value the picker could not have produced is refused.
  if (date.getMonth() !== mo! - 1 || date.getDate() !== d!) return null;
  return date.getTime();
}

export type WindowPhase = 'unset' | 'before' | 'after';

/** Where host time `now` stands against a moment (a release time, a deadline). */
export const phaseAt = (at: number | null, now: number): WindowPhase => (at === null ? 'unset' : now < at ? 'before' : 'after');

/** Whole seconds left to `at` (0 once passed): the countdown a screen shows. */
export const secondsLeft = (at: number, now: number): number => Math.max(0, Math.ceil((at - now) / 1000));
