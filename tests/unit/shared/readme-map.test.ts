import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED = join(import.meta.dirname, '../../../shared');

describe('shared/README.md', () => {
  it('maps every folder and every top-level file of shared/', () => {
    const readme = readFileSync(join(SHARED, 'README.md'), 'utf8');
    const entries = readdirSync(SHARED, { withFileTypes: true })
      .filter((e) => e.name !== 'README.md')
      .map((e) => (e.isDirectory() ? `\`${e.name}/\`` : `\`${e.name}\``));
    expect(entries.filter((name) => !readme.includes(name))).toEqual([]);
  });
});
