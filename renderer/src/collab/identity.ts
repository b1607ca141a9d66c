import type { Role } from '@shared/access';
import type { EventId, PersonId } from '@shared/ids';

/**
 * Who this browser is, per event. Kept in localStorage so that opening the join link again (or
 * reloading) restores the same person instead of creating a new one.
 * Keys: `veche.facilitator` (host facilitator token), `veche.id.<eventId>.<role>` (a joined identity),
 * `veche.code.<CODE>` (which event and role a join code led to).
 */
export type StoredIdentity = { token: string; personId: PersonId; eventId: EventId; role: Role; name: string };
export type CodeTarget = { eventId: EventId; role: Role };

const FACILITATOR_KEY = 'veche.facilitator';
const idKey = (eventId: EventId, role: Role) => `veche.id.${eventId}.${role}`;
const codeKey = (code: string) => `veche.code.${code.trim().toUpperCase()}`;

function readJson<T>(key: string, valid: (v: unknown) => v is T): T | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw === null) return null;
    const v: unknown = JSON.parse(raw);
    return valid(v) ? v : null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage disabled: identity lasts for this page only; nothing else to do.
  }
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isIdentity = (v: unknown): v is StoredIdentity =>
  isObj(v) &&
  typeof v.token === 'string' &&
  typeof v.personId === 'string' &&
  typeof v.eventId === 'string' &&
  typeof v.role === 'string' &&
  typeof v.name === 'string';
const isCodeTarget = (v: unknown): v is CodeTarget => isObj(v) && typeof v.eventId === 'string' && typeof v.role === 'string';

export const getFacilitatorToken = (): string | null => {
  try {
    return localStorage.getItem(FACILITATOR_KEY);
  } catch {
    return null;
  }
};
export const setFacilitatorToken = (token: string | null) => write(FACILITATOR_KEY, token);

export const getIdentity = (eventId: EventId, role: Role) => readJson(idKey(eventId, role), isIdentity);
export const saveIdentity = (id: StoredIdentity) => write(idKey(id.eventId, id.role), JSON.stringify(id));
export const forgetIdentity = (eventId: EventId, role: Role) => write(idKey(eventId, role), null);

export const getCodeTarget = (code: string) => readJson(codeKey(code), isCodeTarget);
export const saveCodeTarget = (code: string, target: CodeTarget) => write(codeKey(code), JSON.stringify(target));

/**
 * The token arrives once in the address the shell or CLI opens (`/?token=…`). Keep it and take it
 * out of the address bar, so it does not end up in history, screenshots or a copied link.
 */
export function adoptTokenFromUrl(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get('token');
  if (!token) return;
  setFacilitatorToken(token);
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}
