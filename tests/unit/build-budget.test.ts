import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedFile, Manifest } from '../../renderer/build/first-load';
import { readManifest } from '../../renderer/build/first-load';
import { byChunkName, JOIN_BUDGET, joinFirstLoad, participantFirstLoad, totalSent } from '../../renderer/build/budget';
import buildRendererIfStale from '../e2e/global-setup';

const OUT = resolve(import.meta.dirname, '../../out/renderer');
const BASELINE = join(import.meta.dirname, 'build-budget.baseline.json');
/** The join page and then a card board: the participant's whole first visit. */
const PARTICIPANT_BUDGET = 400 * 1024;

let manifest: Manifest;

beforeAll(() => {
  // The same build the e2e setup makes (renderer/vite.config.ts), skipped when it is up to date.
  buildRendererIfStale();
  manifest = readManifest(OUT);
}, 180_000);

type Baseline = Record<string, Record<string, number>>;
const baseline = (): Baseline => (existsSync(BASELINE) ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Baseline) : {});

/** Which chunks grew since the recorded baseline (largest growth first), for the failure message. */
function explain(label: string, files: LoadedFile[], budget: number): string {
  const now = byChunkName(files);
  const before = baseline()[label] ?? {};
  const grew = Object.entries(now)
    .map(([name, bytes]) => ({ name, bytes, delta: bytes - (before[name] ?? 0) }))
    .filter((c) => c.delta > 512)
    .sort((a, b) => b.delta - a.delta)
    .map((c) => `  ${c.name}: ${kib(c.bytes)} (${before[c.name] === undefined ? 'new' : `+${kib(c.delta)}`})`);
  const largest = Object.entries(now)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, bytes]) => `  ${name}: ${kib(bytes)}`);
  return [
    `${label}: ${kib(totalSent(files))} sent, budget ${kib(budget)}.`,
    grew.length ? `Grew since tests/unit/build-budget.baseline.json:\n${grew.join('\n')}` : 'No chunk grew since the baseline.',
    `Largest:\n${largest.join('\n')}`,
  ].join('\n');
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

describe("a phone's first download (brotli, as the host sends it)", () => {
  it('the join page stays within 300 KiB', () => {
    const files = joinFirstLoad(OUT, manifest);
    expect(totalSent(files), explain('join', files, JOIN_BUDGET)).toBeLessThanOrEqual(JOIN_BUDGET);
  });

  it('the join page plus the participant board stays within 400 KiB', () => {
    const files = participantFirstLoad(OUT, manifest);
    expect(totalSent(files), explain('participant', files, PARTICIPANT_BUDGET)).toBeLessThanOrEqual(PARTICIPANT_BUDGET);
  });

  it('counts what a phone needs, compressed: the entry, the join chunk, CSS and both scripts of the font', () => {
    const files = joinFirstLoad(OUT, manifest);
    const names = files.map((f) => f.file);
    expect(names.some((f) => /^assets\/index-.*\.js$/.test(f))).toBe(true);
    expect(names.some((f) => /^assets\/JoinPage-.*\.js$/.test(f))).toBe(true);
    expect(names.some((f) => f.endsWith('.css'))).toBe(true);
    expect(names.filter((f) => f.endsWith('.woff2'))).toHaveLength(4);
    // Every script and stylesheet over 1 KiB is sent precompressed.
    for (const f of files.filter((x) => /\.(js|css)$/.test(x.file) && x.raw > 1024)) expect(f.sent, f.file).toBeLessThan(f.raw);
  });

  it('keeps the console, the jury and the export libraries out of it', () => {
    const files = participantFirstLoad(OUT, manifest).map((f) => f.file);
    for (const page of ['ConsolePage', 'JuryPage', 'ProjectorPage', 'LibraryPage', 'passport-xlsx', 'passport-docx', 'TreeBoard']) {
      expect(
        files.filter((f) => f.includes(`/${page}-`)),
        page,
      ).toEqual([]);
    }
  });

  it.runIf(process.env.UPDATE_BUDGET_BASELINE)('records the baseline the failure message compares with', () => {
    const record = { join: byChunkName(joinFirstLoad(OUT, manifest)), participant: byChunkName(participantFirstLoad(OUT, manifest)) };
    writeFileSync(BASELINE, `${JSON.stringify(record, null, 2)}\n`);
  });
});
