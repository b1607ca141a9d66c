import type { Plugin } from 'vite';
import { ROUTE_MODULES } from '../src/app/route-modules';

/**
 * Adds `<link rel="modulepreload">` for the join page's chunks to index.html. Without it a phone
 * learns of them only once the entry has downloaded and run, one more round trip and a gap at
 * 200 kbit/s; with it they arrive alongside the entry. They are a few KiB beyond what every role
 * loads anyway (the API client), so the other routes lose next to nothing.
 */
export function preloadJoinRoute(): Plugin {
  let base = '/';
  return {
    name: 'veche:preload-join',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return [];
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const join = chunks.find((c) => c.facadeModuleId?.endsWith(ROUTE_MODULES.join));
        if (!join) throw new Error(`preload-join: no chunk for ${ROUTE_MODULES.join}`);
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const closure = (root: string, skip: Set<string>) => {
          const seen = new Set<string>();
          const visit = (file: string) => {
            const chunk = byFile.get(file);
            if (!chunk || seen.has(file) || skip.has(file)) return;
            seen.add(file);
            chunk.imports.forEach(visit);
          };
          visit(root);
          return seen;
        };
        // Vite already preloads what the entry imports statically.
        const entry = chunks.find((c) => c.isEntry);
        const shell = entry ? closure(entry.fileName, new Set()) : new Set<string>();
        return [...closure(join.fileName, shell)].map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
