import type { Lang } from '@shared/export/labels';
import type { FormatOf } from '@shared/export/registry';
import { exportFormats } from '@shared/export/registry';
import { emptyPassport } from '@shared/passport/model';
import { buildCalendarXlsx } from '@shared/export/passport-xlsx';
import { buildPassportDocx } from '@shared/export/passport-docx';
import { buildPassportMarkdown } from '@shared/export/passport-md';
import type { ExportOptions } from '@shared/export/progress';
import { passportPdfBlocks } from '@shared/export/report-passport';
import type { BoardOut } from '@shared/export/snapshot';
import { AppError } from '@shared/errors';
import { buildReportPdf } from './report-pdf';

export const PASSPORT_FORMATS = exportFormats('passport');
export type PassportFormat = FormatOf<'passport'>;

/**
 * One passport board as a file. The PDF is drawn from the same blocks as the session report's
 * passport section, so the PDF, the DOCX and the report agree; XLSX is the calendar plan.
 */
export async function buildPassportFile(board: BoardOut, ext: PassportFormat, lang: Lang, opts: ExportOptions): Promise<Uint8Array | string> {
  if (board.content.kind !== 'passport') throw new AppError('bad_request', `board ${board.id} is not a passport`);
  // A passport board nobody has opened yet has no doc: it exports as the empty form, not an error.
  const p = board.content.passport ?? emptyPassport();
  switch (ext) {
    case 'docx':
      return buildPassportDocx(p, { ...opts, lang });
    case 'md':
      return buildPassportMarkdown(p, { ...opts, lang });
    case 'xlsx':
      return buildCalendarXlsx(p, { ...opts, lang });
    case 'pdf':
      return buildReportPdf(passportPdfBlocks(p, lang), lang, board.title, opts);
  }
}
