import type { Lang } from '@shared/export/labels';
import type { ExportOptions } from '@shared/export/progress';
import { buildProtocolCsv } from '@shared/export/protocol-csv';
import { buildProtocolDocx } from '@shared/export/protocol-docx';
import { PROTOCOL_LABELS } from '@shared/export/protocol-model';
import { buildProtocolXlsx } from '@shared/export/protocol-xlsx';
import type { HostedEvent } from '../events/hosted-event';
import type { ExportFile } from '../export/exports';
import { CONTENT_TYPES } from '../export/exports';
import { buildProtocolPdf } from './protocol-pdf';
import { protocolData } from './protocol-data';

/** `protocol.docx|pdf|xlsx|csv` on the export endpoint. */
export async function buildProtocolFile(event: HostedEvent, ext: 'pdf' | 'docx' | 'xlsx' | 'csv', lang: Lang, opts: ExportOptions): Promise<ExportFile> {
  const d = protocolData(event, lang);
  const title = `${d.event} — ${PROTOCOL_LABELS[lang].title}`;
  const bytes =
    ext === 'pdf'
      ? await buildProtocolPdf(d, lang, opts)
      : ext === 'docx'
        ? await buildProtocolDocx(d, lang, opts)
        : ext === 'xlsx'
          ? await buildProtocolXlsx(d, lang)
          : new TextEncoder().encode(buildProtocolCsv(d, lang));
  return { bytes, type: CONTENT_TYPES[ext], title, ext };
}
