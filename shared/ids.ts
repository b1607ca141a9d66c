/** Branded ids: a string that the type system will not confuse with another kind of id. */
type Brand<T, B extends string> = T & { readonly __brand: B };

export type EventId = Brand<string, 'EventId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type BoardId = Brand<string, 'BoardId'>;
export type TeamId = Brand<string, 'TeamId'>;
export type CardId = Brand<string, 'CardId'>;

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const isId = (s: unknown): s is string => typeof s === 'string' && ID_PATTERN.test(s);

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A short random id from crypto.getRandomValues (available in Node ≥ 19 and every browser). */
export function newId<T extends string = string>(length = 12): T {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out as T;
}
