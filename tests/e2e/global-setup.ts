import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'out/renderer/index.html');
// A build from before the manifest existed has none: the budget test and e2e checks need it.
const MANIFEST = join(ROOT, 'out/renderer/.vite/manifest.json');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The host serves the built renderer, so build it when it is missing or older than its sources
 * (renderer/ and shared/). Each test then starts its own host on a fresh data folder (fixtures.ts).
 */
export default function globalSetup(): void {
  const sources = Math.max(newestMtime(join(ROOT, 'renderer')), newestMtime(join(ROOT, 'shared')));
  if (existsSync(OUT) && existsSync(MANIFEST) && statSync(OUT).mtimeMs >= sources && !process.env.VECHE_REBUILD) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], {
    cwd: ROOT,
    // Vitest sets NODE_ENV=test, which would give React's development build to the budget test.
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: 'inherit',
  });
}
