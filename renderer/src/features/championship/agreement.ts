/**
 * Kendall's W in words for a facilitator who has never met it. Bands follow the usual reading
 * (Schmidt 1997): below 0.3 the jurors rank the teams quite differently, 0.3–0.5 moderately alike,
 * 0.5–0.7 well, above 0.7 almost the same order.
 */
export const AGREEMENT_BANDS = ['unknown', 'weak', 'moderate', 'good', 'strong'] as const;
export type AgreementBand = (typeof AGREEMENT_BANDS)[number];

export function agreementBand(w: number | null | undefined): AgreementBand {
  if (w === null || w === undefined || !Number.isFinite(w)) return 'unknown';
  if (w < 0.3) return 'weak';
  if (w < 0.5) return 'moderate';
  if (w < 0.7) return 'good';
  return 'strong';
}

/** "0.62" whatever the locale: the protocol prints it the same way. */
export const formatW = (w: number | null | undefined): string => (w === null || w === undefined || !Number.isFinite(w) ? '—' : w.toFixed(2));
