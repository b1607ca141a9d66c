import { core } from './en/core';
import { championship } from './en/championship';
import { session } from './en/session';
import { boards } from './en/boards';
import { posters } from './en/posters';
import { posterConsole } from './en/poster-console';
import { history } from './en/history';
import { audience } from './en/audience';
import { groups } from './en/groups';
import type { Messages } from './messages';

export type { Messages } from './messages';

/** The same shape as `ru`, every leaf a string: a missing or extra key is a type error. */
export const en: Messages = { ...core, ...championship, ...session, ...boards, ...posters, ...posterConsole, ...history, ...audience, ...groups };
