import type { NeedCategory } from '../doc/poster';
import { NEED_CATEGORIES } from '../doc/poster';
import type { Lang } from '../export/labels';
import type { OfferStatus, TeamOffer } from './offers';

/**
 * Needs ↔ offers: per initiative, each need it states and each offer it got, matched by category.
 * Built from the team inboxes, which hold a contact only where the offerer consented — so the
 * matrix cannot contain any other contact, whoever calls it.
 */
export type MatrixInitiative = { teamId: string; name: string; needs: { category: NeedCategory; description: string }[]; offers: TeamOffer[] };

export type MatrixRow = {
  initiative: string;
  category: NeedCategory;
  /** The poster's description of the need; null: offered without being asked for. */
  need: string | null;
  kind: TeamOffer['kind'] | null;
  offer: string | null;
  from: string | null;
  contact: string | null;
  status: OfferStatus | null;
};

const catIndex = (c: NeedCategory) => NEED_CATEGORIES.indexOf(c);

function rowsOf(i: MatrixInitiative): MatrixRow[] {
  const need = new Map(i.needs.map((n) => [n.category, n.description]));
  const cats = [...new Set([...need.keys(), ...i.offers.map((o) => o.category)])].sort((a, b) => catIndex(a) - catIndex(b));
  return cats.flatMap((category): MatrixRow[] => {
    const base = { initiative: i.name, category, need: need.get(category) ?? null };
    const offers = i.offers.filter((o) => o.category === category);
    if (offers.length === 0) return [{ ...base, kind: null, offer: null, from: null, contact: null, status: null }];
    return offers.map((o) => ({ ...base, kind: o.kind, offer: o.text, from: o.fromName, contact: o.contact, status: o.status }));
  });
}

export const needsOffersMatrix = (initiatives: readonly MatrixInitiative[]): MatrixRow[] => initiatives.flatMap(rowsOf);

const L = {
  ru: {
    sheet: 'Потребности и предложения',
    header: ['Инициатива', 'Потребность', 'Что нужно', 'Тип', 'Предложение', 'От кого', 'Контакт', 'Статус'],
    category: {
      volunteers: 'Волонтёры',
      partners: 'Партнёры',
      premises: 'Помещение',
      equipment: 'Оборудование',
      expertise: 'Экспертиза',
      media: 'СМИ и медиа',
      money: 'Деньги',
    },
    kind: { offer: 'Предложение', volunteer: 'Волонтёр' },
    status: { new: 'новое', accepted: 'принято', declined: 'отклонено' },
    unasked: '(не запрашивалось)',
  },
  en: {
    sheet: 'Needs and offers',
    header: ['Initiative', 'Need', 'What is needed', 'Kind', 'Offer', 'From', 'Contact', 'Status'],
    category: {
      volunteers: 'Volunteers',
      partners: 'Partners',
      premises: 'Premises',
      equipment: 'Equipment',
      expertise: 'Expertise',
      media: 'Media',
      money: 'Money',
    },
    kind: { offer: 'Offer', volunteer: 'Volunteer' },
    status: { new: 'new', accepted: 'accepted', declined: 'declined' },
    unasked: '(not asked for)',
  },
} as const satisfies Record<Lang, unknown>;

export const matrixLabels = (lang: Lang) => L[lang];

/** The rows as text cells (unescaped: each builder makes them inert for its format). */
export function matrixTable(rows: readonly MatrixRow[], lang: Lang): { header: string[]; cells: string[][] } {
  const l = L[lang];
  const cells = rows.map((r) => [
    r.initiative,
    l.category[r.category],
    r.need ?? l.unasked,
    r.kind ? l.kind[r.kind] : '',
    r.offer ?? '',
    r.from ?? '',
    r.contact ?? '',
    r.status ? l.status[r.status] : '',
  ]);
  return { header: [...l.header], cells };
}
