import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const imports = (file: string) => [...readFileSync(resolve(ROOT, file), 'utf8').matchAll(/^import\s[^;]*?['"]([^'"]+)['"];?$/gm)].map((m) => m[1]);

/**
 * libuv reads UV_THREADPOOL_SIZE once, when its pool first starts: the module that sets it has to be the
 * first thing both entry points that run the host evaluate (ES imports run in the order written).
 */
describe('the larger libuv thread pool', () => {
  it.each([
    ['electron/host/cli.ts', './threadpool'],
    ['electron/main/index.ts', '../host/threadpool'],
  ])('is set up by the first import of %s', (file, first) => {
    expect(imports(file)[0]).toBe(first);
  });
});
