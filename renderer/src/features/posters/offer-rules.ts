import type { NeedCategory } from '@shared/doc/poster';
import { NEED_CATEGORIES } from '@shared/doc/poster';

export type OfferKind = 'offer' | 'volunteer';

/** The category to start with: what the poster asks for (volunteers for a sign-up), else the first category. */
export function preselectCategory(kind: OfferKind, needed: readonly NeedCategory[]): NeedCategory {
  if (kind === 'volunteer') return 'volunteers';
  return needed.find((c) => c !== 'volunteers') ?? needed[0] ?? NEED_CATEGORIES[1];
}
