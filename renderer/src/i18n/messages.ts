import type { ru } from './ru';

/** The same shape as `ru` (or one of its parts), every leaf a string: a missing or extra key is a type error. */
export type Messages<T = typeof ru> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
