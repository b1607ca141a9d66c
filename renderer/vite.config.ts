import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the renderer alone, the same way electron.vite.config.ts does (root renderer/, output
 * out/renderer), for the e2e setup and for machines where electron-vite cannot load Electron.
 * Absolute base: the host serves deep routes (/event/x/projector) from the same index.html.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../shared') } },
  build: {
    outDir: resolve(import.meta.dirname, '../out/renderer'),
    emptyOutDir: true,
    // One bundle loaded once per device from the LAN host; splitting would buy nothing here.
    chunkSizeWarningLimit: 1024,
  },
});
