/**
 * Russian, the default language. The source of truth for the set of keys: `en.ts` is typed against it.
 * No plural suffixes (`_one`, `_few`…): Russian and English plural keys differ, and the two files must
 * hold exactly the same keys, so counts are written as "Участников: 5".
 */
import { core } from './ru/core';
import { championship } from './ru/championship';
import { session } from './ru/session';
import { boards } from './ru/boards';
import { posters } from './ru/posters';
import { posterConsole } from './ru/poster-console';
import { history } from './ru/history';
import { audience } from './ru/audience';
import { groups } from './ru/groups';

/** Split by area (see the folder); the key set is still one object. */
export const ru = { ...core, ...championship, ...session, ...boards, ...posters, ...posterConsole, ...history, ...audience, ...groups } as const;
