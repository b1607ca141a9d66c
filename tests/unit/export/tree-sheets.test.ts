import { describe, expect, it } from 'vitest';
import { buildTreeFile } from '../../../electron/host/export/tree-files';
import { bigTree } from './fixtures';
import { hasPdftotext, pdfText } from './office';

describe('tree PDF as a poster', () => {
  it.skipIf(!hasPdftotext)(
    'labels each sheet with its row and column in words (needs pdftotext)',
    async () => {
      const ru = await pdfText((await buildTreeFile(bigTree(300), 'pdf', 'ru')) as Uint8Array);
      expect(ru).toMatch(/ряд 1 из \d+, столбец 1 из \d+/);
      const en = await pdfText((await buildTreeFile(bigTree(300), 'pdf', 'en')) as Uint8Array);
      expect(en).toMatch(/row 1 of \d+, column 1 of \d+/);
    },
    120_000,
  );
});
