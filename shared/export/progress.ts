/**
 * Long exports (a report over every board, a 300-node tree) report progress and can be cancelled:
 * every builder takes these options and calls `checkpoint` between steps. A cancelled export throws
 * the signal's reason (an AbortError DOMException unless the caller gave another), never a partial file.
 */
export type ExportOptions = {
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

/**
 * Throws if cancelled, reports `fraction` (0…1), then yields to the event loop so a UI can paint the
 * progress and a click on Cancel can run before the next step.
 */
export async function checkpoint(opts: ExportOptions | undefined, fraction: number): Promise<void> {
  opts?.signal?.throwIfAborted();
  opts?.onProgress?.(Math.max(0, Math.min(1, fraction)));
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  opts?.signal?.throwIfAborted();
}

/** Progress of step `i` of `n` inside the span [from, to] of the whole export. */
export const within = (from: number, to: number, i: number, n: number): number => from + ((to - from) * i) / Math.max(1, n);

/** A sub-export's options: its own 0…1 mapped onto [from, to] of the caller's progress. */
export function subProgress(opts: ExportOptions | undefined, from: number, to: number): ExportOptions {
  const onProgress = opts?.onProgress;
  return {
    ...(opts?.signal ? { signal: opts.signal } : {}),
    ...(onProgress ? { onProgress: (f: number) => onProgress(from + (to - from) * f) } : {}),
  };
}
