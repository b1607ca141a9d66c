import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The repository stands on its own: nothing in it cites the team's design notes that live outside
 * it. What code and docs need from them is in docs/architecture.md and docs/style.md.
 */
const FORBIDDEN = [/\bDESIGN\.md\b/, /\bSTYLE\.md\b/, /\.\.\/shared\/(seeds|DESIGN|STYLE)/];

describe('the repository is self-contained', () => {
  it('no tracked source or doc cites files outside the repository', () => {
    const files = execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.tsx', '*.js', '*.mjs', '*.md', '*.json', '*.yml'], { encoding: 'utf8' })
      .split('\0')
      .filter((f) => f && !f.endsWith('self-contained.test.ts') && f !== 'package-lock.json');
    const hits = files.flatMap((f) => {
      const text = readFileSync(f, 'utf8');
      return FORBIDDEN.filter((re) => re.test(text)).map((re) => `${f}: ${re}`);
    });
    expect(hits).toEqual([]);
  });
});
