import type { TFunction } from 'i18next';

/**
 * Who a card is signed by, as this screen's language says it: facilitators write without a person
 * id, and their cards read "Facilitator" in English and «Модератор» in Russian, whatever language
 * the console was in when the card was written.
 */
export const authorLabel = (card: { authorId: string | null; authorName: string }, t: TFunction): string =>
  card.authorId === null ? t('console.facilitatorName') : card.authorName;
