#!/usr/bin/env node
// `npm run serve -- [--port N] [--bind ADDR] [--data DIR] [--demo]`: the headless host.
// Builds the renderer first when its bundle is missing or older than its sources, then runs the
// host's CLI with tsx, forwarding signals so Ctrl+C and `kill` still flush the event files.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const BUNDLE = join(root, 'out', 'renderer', 'index.html');
const SOURCES = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json', 'tsconfig.web.json'];

/** Newest modification time under `path` (a file or a folder), skipping build output. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'out' || entry === 'dist') continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

function rendererIsStale() {
  if (!existsSync(BUNDLE)) return true;
  const built = statSync(BUNDLE).mtimeMs;
  return SOURCES.some((source) => newest(join(root, source)) > built);
}

/** The renderer target of electron.vite.config.ts alone: main and preload are not needed here. */
async function buildRenderer() {
  const { resolveConfig } = await import('electron-vite');
  const { build } = await import('vite');
  const { config } = await resolveConfig({ root }, 'build', 'production');
  if (!config.renderer) throw new Error('electron.vite.config.ts has no renderer target');
  await build(config.renderer);
}

async function main() {
  const wantsHelp = args.includes('--help') || args.includes('-h');
  if (!wantsHelp && !existsSync(join(root, 'renderer', 'index.html'))) {
    console.warn('[serve] renderer/index.html is missing: serving the API without a web app.');
  } else if (!wantsHelp && rendererIsStale()) {
    console.log('[serve] building the renderer (out/renderer is missing or older than its sources)…');
    await buildRenderer();
  }
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'electron', 'host', 'cli.ts'), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  // A terminal's Ctrl+C reaches the whole process group; `kill PID` reaches only us. Forwarding
  // covers both; the CLI ignores a repeated signal while it is already shutting down.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`[serve] could not start the host: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    // A child killed by a signal exits the shell way: 128 + the signal's number.
    process.exit(code ?? 128 + (constants.signals[signal] ?? 1));
  });
}

main().catch((error) => {
  console.error(`[serve] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
