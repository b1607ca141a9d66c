import { buildCsv } from './csv';
import type { Lang } from './labels';
import type { MatrixRow } from '../posters/matrix';
import { matrixTable } from '../posters/matrix';

/** Needs ↔ offers as CSV through the one CSV writer (csv.ts). */
export function buildMatrixCsv(rows: readonly MatrixRow[], lang: Lang): string {
  const { header, cells } = matrixTable(rows, lang);
  return buildCsv([header, ...cells], lang);
}
