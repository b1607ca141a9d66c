import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExportName } from '../../../electron/host/export/exports';
import { EXPORT_REGISTRY } from '@shared/export/registry';
import { exportCatalog } from '../../../renderer/src/features/exports/export-catalog';

const docs = readFileSync(new URL('../../../docs/exports.md', import.meta.url), 'utf8');

describe('the export registry', () => {
  it('docs/exports.md lists every entry with its formats', () => {
    for (const e of EXPORT_REGISTRY) {
      const row = docs.split('\n').find((l) => l.startsWith(`| ${e.what} |`));
      expect(row, e.what).toBeDefined();
      expect(row!.split('|')[3]!.trim(), e.what).toBe(e.formats.join(', '));
    }
  });

  it('the endpoint accepts exactly the registered formats of every entry', () => {
    for (const e of EXPORT_REGISTRY) {
      const name = e.scope === 'board' ? `${e.what}-b1` : e.what;
      for (const ext of e.formats) expect(parseExportName(`${name}.${ext}`)).toMatchObject({ what: e.what, ext });
      expect(() => parseExportName(`${name}.exe`)).toThrow(/exports as/);
    }
    expect(parseExportName('votes-v1.csv')).toEqual({ what: 'votes', voteId: 'v1', ext: 'csv' });
    expect(() => parseExportName('tree.svg')).toThrow(/board id/);
    expect(() => parseExportName('report-x.pdf')).toThrow(/unknown export/);
    expect(() => parseExportName('../etc.pdf')).toThrow(/unknown export/);
  });

  it('the export dialog offers the registered formats', () => {
    const items = exportCatalog({ boards: [{ id: 'b1', kind: 'goal-tree', title: 'Т', teamId: null } as never], teams: [] }, []);
    const tree = items.find((i) => i.key === 'tree-b1')!;
    expect(tree.formats).toEqual(EXPORT_REGISTRY.find((e) => e.what === 'tree')!.formats);
    expect(items.find((i) => i.key === 'report')!.formats).toEqual(['pdf', 'docx']);
  });
});
