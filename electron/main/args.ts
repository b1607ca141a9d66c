import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EVENT_FILE_EXTENSION = '.veche';

/**
 * The event file a launch asks to open, from `process.argv` or the argv a second instance
 * forwards. File managers pass a path (Windows, `%F`) or a file:// URL (`%U` on Linux);
 * Chromium switches (`--foo`) and the app path in development (`.`) are skipped.
 */
export function findEventFileArg(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    const path = toPath(arg);
    if (path && path.toLowerCase().endsWith(EVENT_FILE_EXTENSION)) {
      return isAbsolute(path) ? path : resolve(cwd, path);
    }
  }
  return null;
}

function toPath(arg: string): string | null {
  if (!arg.startsWith('file:')) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}
