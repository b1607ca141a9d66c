import type { Lang } from '@shared/export/labels';
import type { ExportOptions } from '@shared/export/progress';
import type { ProtocolData } from '@shared/export/protocol-model';
import { PROTOCOL_LABELS, protocolBlocks } from '@shared/export/protocol-model';
import { buildReportPdf } from '../export/report-pdf';

/** The jury protocol as PDF: the report's pdfkit pipeline (bundled PT Sans) over the same blocks as the DOCX. */
export function buildProtocolPdf(d: ProtocolData, lang: Lang, opts: ExportOptions = {}): Promise<Uint8Array> {
  return buildReportPdf(protocolBlocks(d, lang), lang, `${d.event} — ${PROTOCOL_LABELS[lang].title}`, opts);
}
