// Mutation check for the rooms table: deletes each clause of ACCESS_TABLE (and the other-event guard)
// from shared/access.ts in turn, runs the access tests, and says whether at least one failed.
// Usage: node scripts/mutate-access.mjs   (restores the file afterwards, even on Ctrl-C)
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const FILE = 'shared/access.ts';
const TESTS = 'tests/unit/shared/access-table.test.ts tests/unit/shared/access.test.ts tests/unit/renderer/session-ui-rules.test.ts';
const orig = readFileSync(FILE, 'utf8');
const restore = () => writeFileSync(FILE, orig);
process.on('SIGINT', () => (restore(), process.exit(130)));

const start = orig.indexOf('export const ACCESS_TABLE');
const end = orig.indexOf('\n};', start);
const spans = [];
const re = /\{\s*rule:/g;
re.lastIndex = start;
for (let m = re.exec(orig); m && m.index < end; m = re.exec(orig)) {
  let depth = 0;
  let k = m.index;
  for (; ; k++) {
    if (orig[k] === '{') depth++;
    else if (orig[k] === '}' && --depth === 0) break;
  }
  spans.push([m.index, orig[k + 1] === ',' ? k + 2 : k + 1]);
  re.lastIndex = k;
}
const guard = "if (who.eventId !== null && who.eventId !== room.eventId) return 'none';";
spans.push([orig.indexOf(guard), orig.indexOf(guard) + guard.length]);

let survivors = 0;
try {
  for (const [a, b] of spans) {
    writeFileSync(FILE, orig.slice(0, a) + orig.slice(b));
    let killed = false;
    try {
      execSync(`npx vitest run ${TESTS}`, { stdio: 'ignore' });
    } catch {
      killed = true;
    }
    if (!killed) survivors++;
    console.log(`${killed ? 'killed  ' : 'SURVIVED'} ${orig.slice(a, b).replace(/\s+/g, ' ').slice(0, 100)}`);
  }
} finally {
  restore();
}
console.log(`${spans.length} mutants, ${survivors} survived`);
process.exit(survivors === 0 ? 0 : 1);
