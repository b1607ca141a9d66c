// How a figure script hands its rows to scripts/bench.mjs: one marked JSON line on stdout.
import type { Figure } from './stats';

export const RESULT_MARK = 'BENCH_RESULT ';

export function emit(figures: Figure[], details: Record<string, unknown> = {}): void {
  console.log(`${RESULT_MARK}${JSON.stringify({ figures, details })}`);
}

/** Runs a figure script's main, printing the error and exiting non-zero on failure. */
export function main(fn: () => Promise<void>): void {
  fn().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exit(1);
    },
  );
}

export const log = (msg: string): void => console.log(`[bench] ${msg}`);
