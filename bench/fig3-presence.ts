// Figure 3, presence: 150 participants with presence on, all on the shared board the facilitator is
// showing (one room: the heaviest fan-out); a third of them active, moving a cursor 5 times a second
// (the renderer's throttle). Host CPU from /proc/<pid>/stat over the window.
import { cpuTicks, startVecheHost } from './lib/host';
import { emit, log, main } from './lib/report';
import { joinParticipants, seedEvent } from './lib/seed';
import { cpuPercent, figure } from './lib/stats';
import type { PresenceResult, Task } from './lib/tasks';
import { runWorkers, split } from './lib/workers';

const PEOPLE = 150;
const RATE = 5;
const DURATION_MS = 30_000;
const WORKERS = 3;

main(async () => {
  const host = await startVecheHost();
  try {
    const ev = await seedEvent(host.port, host.token, 30);
    const people = await joinParticipants(host.port, host.token, ev, PEOPLE);
    const room = `${ev.eventId}/board/${ev.sharedBoard}`;
    const clients = people.map((p, i) => ({ token: p.token, room, active: i % 3 === 0 }));
    const tasks: Task[] = split(clients, WORKERS).map((part) => ({ kind: 'presence', port: host.port, clients: part, durationMs: DURATION_MS, rate: RATE }));
    log(`fig3: ${PEOPLE} with presence, ${PEOPLE / 3} moving at ${RATE}/s for ${DURATION_MS / 1000} s`);
    // The window runs from the go instant to the last move, before the workers drain and report.
    let start = { ticks: 0, at: 0 };
    let end = { ticks: 0, at: 0 };
    const ticksAt = () => ({ ticks: cpuTicks(host.pid), at: performance.now() });
    const { results } = await runWorkers<PresenceResult>(tasks, DURATION_MS + 60_000, () => {
      start = ticksAt();
      setTimeout(() => (end = ticksAt()), DURATION_MS);
    });
    const cpu = cpuPercent(start.ticks, end.ticks, end.at - start.at);
    const moves = results.reduce((s, r) => s + r.moves, 0);
    const received = results.reduce((s, r) => s + r.received, 0);
    emit(
      [
        figure({
          figure: 3,
          name: 'presence: host CPU',
          value: cpu,
          unit: '% of a core',
          target: 50,
          op: '<=',
          note: `${moves} moves, ${received} presence updates received`,
        }),
      ],
      {
        moves,
        received,
        expectedReceived: moves * (PEOPLE - 1),
      },
    );
  } finally {
    await host.stop();
  }
});
