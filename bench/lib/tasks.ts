// Messages between the bench orchestrator and its participant workers (bench/participant-worker.ts).

/** `author`: who the editor's cards are by (the host takes a participant's card only from its author). */
export type PropagationClient = { id: string; token: string | null; rooms: string[]; editor: boolean; author?: { personId: string; name: string } };

export type Task =
  | { kind: 'propagation'; port: number; prefix: string; clients: PropagationClient[]; durationMs: number; rate: number; drainMs: number }
  | {
      kind: 'join';
      port: number;
      code: string;
      eventId: string;
      boardId: string;
      expectCards: number;
      /** Wire-level clients (bench/lib/wire-client.ts): the host's time to serve, no client decoding. */
      wire: boolean;
      people: { name: string; group: string; team: string | null; from: string }[];
    }
  | { kind: 'presence'; port: number; clients: { token: string; room: string; active: boolean }[]; durationMs: number; rate: number };

export type PropagationResult = { latencies: number[]; sentAts: number[]; sent: number };
/** decodeMs: one device decoding the board it received, three times (wire runs only). */
export type JoinResult = { finished: number[]; errors: string[]; decodeMs: number[] };
export type PresenceResult = { received: number; moves: number };

export type ToWorker = { type: 'task'; task: Task } | { type: 'go'; at: number } | { type: 'stop' };
export type ToParent = { type: 'ready' } | { type: 'done'; result: unknown } | { type: 'error'; message: string };
