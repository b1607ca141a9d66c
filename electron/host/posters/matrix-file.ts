import type { Lang } from '@shared/export/labels';
import type { ExportOptions } from '@shared/export/progress';
import { buildMatrixCsv } from '@shared/export/posters-matrix-csv';
import { buildMatrixXlsx } from '@shared/export/posters-matrix-xlsx';
import { matrixLabels, needsOffersMatrix } from '@shared/posters/matrix';
import type { HostedEvent } from '../events/hosted-event';
import type { ExportFile } from '../export/exports';
import { CONTENT_TYPES } from '../export/exports';
import { matrixInput } from './matrix-data';

/** `needs-offers.xlsx|csv` on the export endpoint (facilitators only, as every export). */
export async function needsOffersFile(event: HostedEvent, ext: 'xlsx' | 'csv', lang: Lang, opts: ExportOptions): Promise<ExportFile> {
  const rows = needsOffersMatrix(matrixInput(event));
  const bytes = ext === 'csv' ? new TextEncoder().encode(buildMatrixCsv(rows, lang)) : await buildMatrixXlsx(rows, lang, opts);
  return { bytes, type: CONTENT_TYPES[ext], title: matrixLabels(lang).sheet, ext };
}
