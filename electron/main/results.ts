import type { ErrorCode, Result } from '@shared/errors';
import { AppError, fail, ok } from '@shared/errors';

const FS_CODES: Record<string, ErrorCode> = {
  ENOENT: 'not_found',
  EISDIR: 'bad_request',
  ENOTDIR: 'bad_request',
  EACCES: 'forbidden',
  EPERM: 'forbidden',
  EROFS: 'forbidden',
  ENOSPC: 'storage_failed',
  EDQUOT: 'storage_failed',
  EIO: 'storage_failed',
  EMFILE: 'storage_failed',
};

function fsCode(error: unknown): ErrorCode | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? (FS_CODES[code] ?? null) : null;
}

/**
 * Expected failures — an AppError from the host (a corrupt event file) or a file-system error
 * (no permission, disk full) — become `{ ok: false }` for the renderer to show. Anything else is
 * a bug and is rethrown, so it surfaces instead of turning into a quiet "failed".
 */
export async function attempt<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await run());
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    const code = fsCode(error);
    if (code) return fail(code, error instanceof Error ? error.message : String(error));
    throw error;
  }
}
