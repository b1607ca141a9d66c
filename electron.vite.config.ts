import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { rendererBuild, rendererPlugins } from './renderer/build/options';

/**
 * Electron 45 downloads its runtime on first use, not during `npm install`, while electron-vite
 * only reads node_modules/electron/path.txt and stops with "Electron uninstall" when it is absent.
 * So `npm install && npm start` would fail on every fresh machine. Before launching (dev, preview;
 * never for `build`, which needs no runtime and must work offline) fetch it with Electron's own
 * installer, and say plainly what to do when that is impossible.
 */
function ensureElectronRuntime(): void {
  // Only the electron-vite CLI launches Electron; scripts/serve.mjs loads this file to build too.
  if (!/electron-vite/.test(process.argv[1] ?? '')) return;
  const command = process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? 'dev';
  if (!['dev', 'serve', 'preview'].includes(command)) return;
  const electronDir = resolve(__dirname, 'node_modules/electron');
  if (process.env.ELECTRON_EXEC_PATH || existsSync(resolve(electronDir, 'path.txt'))) return;
  try {
    execFileSync(process.execPath, [resolve(electronDir, 'install.js')], { stdio: 'inherit' });
  } catch {
    throw new Error(
      "Electron's runtime is not installed and could not be downloaded (it needs the internet once). " +
        'Run `npx install-electron` when online. Without it, `npm run serve` runs the host for browsers.',
    );
  }
}
ensureElectronRuntime();

/** `@shared/x` is `shared/x` (tsconfig.base.json `paths`), in every build. */
const resolveShared = { alias: { '@shared': resolve(__dirname, 'shared') } };

// Three separate programs: main (Node + Electron), preload (sandboxed bridge), renderer (web).
export default defineConfig({
  main: {
    resolve: resolveShared,
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // Event-file imports are decoded in a worker thread (electron/host/persistence/isolated-decode.ts).
          'decode-worker': resolve(__dirname, 'electron/host/persistence/decode-worker.ts'),
          // Exports build in worker threads started by file (electron/host/export/worker/pool.ts).
          'export-worker': resolve(__dirname, 'electron/host/export/worker/entry.ts'),
        },
      },
    },
  },
  preload: {
    resolve: resolveShared,
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot `require` our chunks: emit one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), ...rendererPlugins()],
    resolve: resolveShared,
    build: {
      ...rendererBuild,
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
