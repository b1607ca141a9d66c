import type { ru } from './ru';

/** Russian plural forms i18next picks by `count`; English has only `_one` and `_other` of them. */
type RuOnlyPlural<K> = K extends `${string}_${'few' | 'many'}` ? K : never;

/**
 * The same shape as `ru` (or one of its parts), every leaf a string: a missing or extra key is a type
 * error, except the Russian-only plural forms (`_few`, `_many`), which English does not have.
 */
export type Messages<T = typeof ru> = { [K in Exclude<keyof T, RuOnlyPlural<keyof T>>]: T[K] extends string ? string : Messages<T[K]> };
