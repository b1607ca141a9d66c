import type { ExportFormat } from '@shared/ipc';
import { EVENT_FILE_EXTENSION } from './args';

export type FileFilter = { name: string; extensions: string[] };

const FORMAT_NAMES: Record<ExportFormat, string> = {
  svg: 'SVG',
  png: 'PNG',
  md: 'Markdown',
  mm: 'FreeMind',
  json: 'JSON',
  docx: 'Word (DOCX)',
  xlsx: 'Excel (XLSX)',
  csv: 'CSV',
  html: 'HTML',
  pdf: 'PDF',
};

export function exportFilter(format: ExportFormat): FileFilter {
  return { name: FORMAT_NAMES[format], extensions: [format] };
}

export function eventFileFilter(label: string): FileFilter {
  return { name: label, extensions: [EVENT_FILE_EXTENSION.slice(1)] };
}

const MAX_NAME = 120;
// Characters Windows, macOS or Linux refuse in a file name, and control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name proposed in a save dialog, from text users typed (event titles in Cyrillic stay
 * as they are). Always ends in `.ext`; never empty, never a path, never a reserved name.
 */
export function safeFileName(name: string, ext: string): string {
  const dotExt = `.${ext.replace(/^\./, '')}`;
  let base = name.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  if (base.toLowerCase().endsWith(dotExt.toLowerCase())) base = base.slice(0, -dotExt.length);
  base = base
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_NAME)
    .trim();
  if (base === '' || WINDOWS_RESERVED.test(base)) base = 'veche';
  return `${base}${dotExt}`;
}
