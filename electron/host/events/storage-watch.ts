import type { Connection } from '../sync/connection';
import type { EventFile } from '../persistence/event-file';

/** How often the host looks whether saving started or stopped failing. */
const WATCH_MS = 1_000;

/**
 * Tells every socket of an event, at once, when saving starts failing and when it works again:
 * participants must know their changes are not being saved. New sockets are told on connect
 * (`Connection.start` asks the guard).
 */
export function watchStorage(file: EventFile, connections: () => Iterable<Connection>): () => void {
  let failing = false;
  const timer = setInterval(() => {
    const now = !file.status.ok;
    if (now === failing) return;
    failing = now;
    for (const c of connections()) c.notify(now ? 'storage-failing' : 'storage-ok');
  }, WATCH_MS);
  timer.unref();
  return () => clearInterval(timer);
}
