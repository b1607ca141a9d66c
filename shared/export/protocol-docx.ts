import type { Lang } from './labels';
import type { ExportOptions } from './progress';
import type { ProtocolData } from './protocol-model';
import { protocolBlocks } from './protocol-model';
import { buildReportDocx } from './report-docx';

/** The jury protocol as DOCX: the report's DOCX renderer over the protocol's blocks (it escapes user text). */
export function buildProtocolDocx(d: ProtocolData, lang: Lang, opts: ExportOptions = {}): Promise<Uint8Array> {
  return buildReportDocx(protocolBlocks(d, lang), lang, opts);
}
