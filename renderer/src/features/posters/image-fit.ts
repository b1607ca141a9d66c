import { POSTER_LIMITS } from '@shared/doc/poster';

/**
 * Fitting a team's photo into the poster's 200 000-character data: URL (shared/doc/poster.ts):
 * a phone photo is megabytes, so it is redrawn smaller and re-encoded as JPEG, trying smaller sides
 * and lower quality until it fits. Pure parts here; the canvas is only the encoder.
 */
export type Attempt = { maxSide: number; quality: number };

/** Largest first: the first that fits is the sharpest a poster can hold. */
export const IMAGE_ATTEMPTS: readonly Attempt[] = [
  { maxSide: 1280, quality: 0.82 },
  { maxSide: 1280, quality: 0.68 },
  { maxSide: 1024, quality: 0.68 },
  { maxSide: 800, quality: 0.62 },
  { maxSide: 640, quality: 0.56 },
  { maxSide: 480, quality: 0.5 },
  { maxSide: 360, quality: 0.45 },
];

/** The size to draw a `width`×`height` image at so its longer side is at most `maxSide`; never enlarged. */
export function fitWithin(width: number, height: number, maxSide: number): { width: number; height: number } {
  if (!(width > 0) || !(height > 0)) return { width: 0, height: 0 };
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type FitError = 'not_image' | 'too_large';
export type FitResult = { ok: true; dataUrl: string; attempt: Attempt } | { ok: false; error: FitError };

/** Tries each attempt with `encode` until a data: URL fits `cap` characters. */
export async function fitImage(encode: (a: Attempt) => Promise<string | null>, cap: number = POSTER_LIMITS.image): Promise<FitResult> {
  for (const attempt of IMAGE_ATTEMPTS) {
    const dataUrl = await encode(attempt);
    if (dataUrl === null) return { ok: false, error: 'not_image' };
    if (dataUrl.length <= cap) return { ok: true, dataUrl, attempt };
  }
  return { ok: false, error: 'too_large' };
}
