import type { BuildEnvironmentOptions, PluginOption } from 'vite';
import { precompress } from './precompress';
import { preloadJoinRoute } from './preload-join';

/**
 * What both renderer builds share: `renderer/vite.config.ts` (e2e, `vite build` alone) and the
 * renderer target of `electron.vite.config.ts` (`npm run build`, `npm run serve`).
 */
export const rendererPlugins = (): PluginOption[] => [preloadJoinRoute(), precompress()];

export const rendererBuild: BuildEnvironmentOptions = {
  // `.vite/manifest.json`: the first-load budget test and the e2e network check find each role's
  // chunks by source path there, never by hash.
  manifest: true,
  // Only the export libraries (exceljs, docx) are this large, each in its own chunk loaded when a
  // facilitator exports; nothing a phone loads comes near it.
  chunkSizeWarningLimit: 1024,
};
