import type { Lang } from '../../../shared/export/labels';
import { buildCalendarXlsx } from '../../../shared/export/passport-xlsx';
import { buildPassportDocx } from '../../../shared/export/passport-docx';
import { buildPassportMarkdown } from '../../../shared/export/passport-md';
import type { ExportOptions } from '../../../shared/export/progress';
import { passportReportBlocks } from '../../../shared/export/report-passport';
import type { BoardOut } from '../../../shared/export/snapshot';
import { AppError } from '../../../shared/errors';
import { buildReportPdf } from './report-pdf';

export const PASSPORT_FORMATS = ['docx', 'pdf', 'md', 'xlsx'] as const;
export type PassportFormat = (typeof PASSPORT_FORMATS)[number];

/**
 * One passport board as a file. The PDF is drawn from the same blocks as the session report's
 * passport section, so the PDF, the DOCX and the report agree; XLSX is the calendar plan.
 */
export async function buildPassportFile(board: BoardOut, ext: PassportFormat, lang: Lang, opts: ExportOptions): Promise<Uint8Array | string> {
  if (board.content.kind !== 'passport' || !board.content.passport) throw new AppError('bad_request', `board ${board.id} is not a passport`);
  const p = board.content.passport;
  switch (ext) {
    case 'docx':
      return buildPassportDocx(p, { ...opts, lang });
    case 'md':
      return buildPassportMarkdown(p, { ...opts, lang });
    case 'xlsx':
      return buildCalendarXlsx(p, { ...opts, lang });
    case 'pdf':
      return buildReportPdf(passportReportBlocks(board, lang), lang, board.title, opts);
  }
}
