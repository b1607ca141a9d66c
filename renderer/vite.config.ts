import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { rendererBuild, rendererPlugins } from './build/options';

/**
 * Builds the renderer alone, the same way electron.vite.config.ts does (root renderer/, output
 * out/renderer), for the e2e setup and for machines where electron-vite cannot load Electron.
 * Absolute base: the host serves deep routes (/event/x/projector) from the same index.html.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react(), ...rendererPlugins()],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../shared') } },
  build: {
    outDir: resolve(import.meta.dirname, '../out/renderer'),
    emptyOutDir: true,
    ...rendererBuild,
  },
});
