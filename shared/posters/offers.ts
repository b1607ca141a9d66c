import type * as Y from 'yjs';
import type { NeedCategory } from '../doc/poster';
import { NEED_CATEGORIES } from '../doc/poster';
import { isId } from '../ids';
import { bool, num, str, strOrNull } from '../doc/schema';

/**
 * Offers of help and volunteer sign-ups. Where they live, and why a contact cannot leak:
 * - the offer, contact and consent included, sits in the offerer's person room (`posterOffers`),
 *   which only that person and the host can sync;
 * - the host publishes `teamView(offer)` into the initiative's offers inbox: a board of kind
 *   'poster' (template 'poster-offers') with visibility 'team' and writers 'facilitators', so only
 *   that team (and facilitators) can sync it and only the host writes it. `teamView` drops the
 *   contact unless `shareContact` is true;
 * - nothing about offers goes to the plan, the results room or any board another visitor syncs;
 *   the needs↔offers export is built from the inboxes, so it has exactly the consented contacts.
 */
export const OFFER_STATUSES = ['new', 'accepted', 'declined'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export type Offer = {
  id: string;
  posterId: string;
  teamId: string;
  kind: 'offer' | 'volunteer';
  category: NeedCategory;
  text: string;
  contact: string;
  shareContact: boolean;
  at: number;
  status: OfferStatus;
};

/** What the initiative's team sees: the offerer's name, and their contact only with consent. */
export type TeamOffer = Omit<Offer, 'contact' | 'shareContact' | 'posterId'> & { fromId: string; fromName: string; contact: string | null };

const personOffersOf = (person: Y.Doc) => person.getMap<unknown>('posterOffers');
const inboxOf = (inbox: Y.Doc) => inbox.getMap<unknown>('offers');

const oneOf = <T extends string>(values: readonly T[], v: unknown, fallback: T): T => (values.includes(v as T) ? (v as T) : fallback);

export function teamView(o: Offer, fromId: string, fromName: string): TeamOffer {
  const { contact, shareContact, posterId: _p, ...rest } = o;
  return { ...rest, fromId, fromName, contact: shareContact && contact ? contact : null };
}

function parseOffer(id: string, v: unknown): Offer | null {
  if (!v || typeof v !== 'object' || !isId(id)) return null;
  const o = v as Record<string, unknown>;
  return {
    id,
    posterId: str(o.posterId),
    teamId: str(o.teamId),
    kind: o.kind === 'volunteer' ? 'volunteer' : 'offer',
    category: oneOf(NEED_CATEGORIES, o.category, 'volunteers'),
    text: str(o.text),
    contact: str(o.contact),
    shareContact: bool(o.shareContact),
    at: num(o.at),
    status: oneOf(OFFER_STATUSES, o.status, 'new'),
  };
}

const byTime = <T extends { at: number; id: string }>(a: T, b: T) => a.at - b.at || (a.id < b.id ? -1 : 1);

/** A person's own offers (their room only). */
export function myOffers(person: Y.Doc): Offer[] {
  const out: Offer[] = [];
  personOffersOf(person).forEach((v, id) => {
    const o = parseOffer(id, v);
    if (o) out.push(o);
  });
  return out.sort(byTime);
}

/** The offers that reached a team. Contacts are only ever here when the offerer consented. */
export function readInbox(inbox: Y.Doc): TeamOffer[] {
  const out: TeamOffer[] = [];
  inboxOf(inbox).forEach((v, id) => {
    const o = parseOffer(id, v);
    if (!o || !v || typeof v !== 'object') return;
    const raw = v as Record<string, unknown>;
    out.push({ ...teamView({ ...o, contact: str(raw.contact), shareContact: strOrNull(raw.contact) !== null }, str(raw.fromId), str(raw.fromName)) });
  });
  return out.sort(byTime);
}

/** Host only: the offer into the offerer's room, its consented view into the team's inbox. */
export function publishOffer(person: Y.Doc, inbox: Y.Doc, o: Offer, from: { id: string; name: string }, origin: unknown): void {
  const { id, ...own } = o;
  person.transact(() => personOffersOf(person).set(id, own), origin);
  const { id: _i, ...shown } = teamView(o, from.id, from.name);
  inbox.transact(() => inboxOf(inbox).set(id, shown), origin);
}

/** Host only: the team's decision, in the inbox and in the offerer's own copy. */
export function decideOffer(person: Y.Doc | null, inbox: Y.Doc, id: string, status: OfferStatus, origin: unknown): void {
  const shown = inboxOf(inbox).get(id);
  if (shown && typeof shown === 'object') inbox.transact(() => inboxOf(inbox).set(id, { ...(shown as object), status }), origin);
  const own = person ? personOffersOf(person).get(id) : undefined;
  if (person && own && typeof own === 'object') person.transact(() => personOffersOf(person).set(id, { ...(own as object), status }), origin);
}

/** Finds an offer in a team's inbox (the decision endpoint needs its author). */
export function inboxOffer(inbox: Y.Doc, id: string): TeamOffer | null {
  return readInbox(inbox).find((o) => o.id === id) ?? null;
}
