// Runs every figure script in its own process, one after another (they share two cores and must not
// disturb each other), then prints the table and writes bench/results.json.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/host';
import { RESULT_MARK } from './lib/report';
import type { Figure } from './lib/stats';
import { formatTable } from './lib/stats';

const SCRIPTS: { n: number; file: string; timeoutMs: number }[] = [
  { n: 1, file: 'fig1-propagation.ts', timeoutMs: 240_000 },
  { n: 2, file: 'fig2-join.ts', timeoutMs: 240_000 },
  { n: 3, file: 'fig3-presence.ts', timeoutMs: 120_000 },
  { n: 4, file: 'fig4-long-session.ts', timeoutMs: 150_000 },
  { n: 5, file: 'fig5-renderer.ts', timeoutMs: 300_000 },
  { n: 6, file: 'fig6-exports.ts', timeoutMs: 240_000 },
  { n: 7, file: 'fig7-attacks.ts', timeoutMs: 180_000 },
  { n: 8, file: 'fig8-phone.ts', timeoutMs: 420_000 },
];

function runScript(file: string, timeoutMs: number): Promise<{ figures: Figure[]; details: unknown; error: string | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', file)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      for (const line of d.toString().split('\n')) if (line && !line.startsWith(RESULT_MARK)) console.log(line);
    });
    // Every figure is bounded: a hung one is killed and reported as missed, the rest still run.
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (!line) return done({ figures: [], details: null, error: `${file} ended with ${signal ?? code} and no result` });
      const parsed = JSON.parse(line.slice(RESULT_MARK.length)) as { figures: Figure[]; details: unknown };
      done({ ...parsed, error: null });
    });
  });
}

function chromiumVersion(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return 'not found';
  }
}

async function main(): Promise<void> {
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1]!.split(',').map(Number)) : null;
  const started = Date.now();
  const machine = {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? '',
    ramGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: chromiumVersion(),
    loadavgAtStart: loadavg(),
  };
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const s of SCRIPTS) {
    if (only && !only.has(s.n)) continue;
    console.log(`\n[bench] figure ${s.n}: ${s.file}`);
    const r = await runScript(s.file, s.timeoutMs);
    figures.push(...r.figures);
    details[`figure${s.n}`] = { ...(r.details as object), loadavgAfter: loadavg() };
    if (r.error) errors.push(r.error);
  }
  const results = { date: new Date().toISOString(), durationS: Math.round((Date.now() - started) / 1000), machine, figures, errors, details };
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\n${formatTable(figures)}\n`);
  for (const e of errors) console.log(`[bench] error: ${e}`);
  console.log(`[bench] ${figures.filter((f) => f.met).length}/${figures.length} targets met in ${results.durationS} s; bench/results.json written`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
