import { resolve } from 'node:path';
import type { Manifest } from '../../renderer/build/first-load';
import { entryKey, readManifest } from '../../renderer/build/first-load';
import { ROUTE_MODULES } from '../../renderer/src/app/route-modules';
import { expect, test } from './fixtures';
import { LibraryPage } from './pages/library-page';
import { ParticipantPage } from './pages/participant-page';
import { SessionConsole } from './pages/session';

const OUT = resolve(import.meta.dirname, '../../out/renderer');

/** Manifest keys reachable from `roots` through static and dynamic imports, never entering `skip`. */
function reachable(m: Manifest, roots: string[], skip = new Set<string>()): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || skip.has(key) || !m[key]) return;
    seen.add(key);
    for (const k of [...(m[key].imports ?? []), ...(m[key].dynamicImports ?? [])]) visit(k);
  };
  roots.forEach(visit);
  return seen;
}

/**
 * Files of the console, the jury, the projector, the library and the export builders that nothing
 * a participant can open shares: found by source path in the manifest, never by hash.
 */
function foreignFiles(m: Manifest): Map<string, string> {
  const exportBuilders = Object.keys(m).filter((k) => m[k]?.isDynamicEntry && /(^|\/)shared\/export\//.test(k));
  const others = [ROUTE_MODULES.console, ROUTE_MODULES.jury, ROUTE_MODULES.projector, ROUTE_MODULES.library, ROUTE_MODULES.desktopMenu, ...exportBuilders];
  // Whatever a participant's screens may open (any board kind), but not other roles' routes (the
  // entry names them all) nor an export menu's builders.
  const participantMay = reachable(m, [entryKey(m), ROUTE_MODULES.join, ROUTE_MODULES.participant], new Set(others));
  const out = new Map<string, string>();
  for (const key of reachable(m, others)) {
    if (participantMay.has(key)) continue;
    const chunk = m[key]!;
    for (const file of [chunk.file, ...(chunk.css ?? [])]) out.set(`/${file}`, key);
  }
  return out;
}

test('a participant joining on a phone downloads neither the console, the jury nor the export builders', async ({ host, person }) => {
  const manifest = readManifest(OUT);
  const foreign = foreignFiles(manifest);
  // The check can only fail if it knows what to look for.
  expect([...foreign.values()]).toEqual(expect.arrayContaining([ROUTE_MODULES.console, ROUTE_MODULES.jury]));
  expect([...foreign.values()].some((k) => k.includes('shared/export/'))).toBe(true);

  const fac = await person();
  const console = await new LibraryPage(fac.page).openAsFacilitator(host.token).then((l) => l.createEvent('Каргополь: телефоны'));
  await new SessionConsole(fac.page).applyTemplate();
  const code = await console.code();

  const phone = await person({ phone: true });
  const requested: { path: string; encoding: string | undefined }[] = [];
  phone.page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/assets/')) requested.push({ path: url.pathname, encoding: r.headers()['content-encoding'] });
  });
  const anna = await new ParticipantPage(phone.page).join(code, 'Анна', 'residents');
  await anna.board.add('Дорога до школы');
  await expect(phone.page.getByText('Дорога до школы')).toBeVisible();
  await phone.page.waitForLoadState('networkidle');

  const paths = requested.map((r) => r.path);
  expect(paths.some((p) => p === `/${manifest[ROUTE_MODULES.join]!.file}`)).toBe(true);
  expect(paths.some((p) => p === `/${manifest[ROUTE_MODULES.participant]!.file}`)).toBe(true);
  expect(paths.filter((p) => foreign.has(p)).map((p) => `${p} (${foreign.get(p)})`)).toEqual([]);
  // Scripts come precompressed (brotli: Chromium accepts it).
  const scripts = requested.filter((r) => r.path.endsWith('.js') && r.path.includes('/index-'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s.encoding, s.path).toBe('br');
});
