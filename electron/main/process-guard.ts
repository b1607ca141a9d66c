/**
 * The host runs inside the Electron main process, so an error that escapes one request must not end
 * the app for the whole hall. Node's default for an uncaught exception is to exit; Electron's is a
 * modal dialog. Instead each distinct error is logged once (a client repeating a bad request cannot
 * fill the log) and the process goes on; the host itself answers bad input without throwing.
 */
export type ErrorSource = {
  on(event: 'uncaughtException', fn: (err: unknown) => void): unknown;
  on(event: 'unhandledRejection', fn: (reason: unknown) => void): unknown;
};

const MAX_REMEMBERED = 200;

export function guardProcess(log: (message: string) => void, source: ErrorSource = process): void {
  const seen = new Set<string>();
  let repeats = 0;
  const report = (kind: string) => (err: unknown) => {
    const text = err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
    if (seen.has(text)) {
      repeats++;
      if ((repeats & (repeats - 1)) === 0) log(`${repeats} repeated uncaught errors so far (logged once each)`);
      return;
    }
    if (seen.size < MAX_REMEMBERED) seen.add(text);
    log(`${kind} (the app keeps running): ${text}`);
  };
  source.on('uncaughtException', report('uncaught exception'));
  source.on('unhandledRejection', report('unhandled rejection'));
}
