// Figure 2, join storm: 150 participants join at once (POST /api/join, then sync the plan and the
// shared board) an event whose shared board holds 5,000 cards. Time until the last one is synced,
// and the host's peak RSS (VmHWM) over its whole life, seeding included.
import { cpuTicks, peakRss, startVecheHost } from './lib/host';
import { deviceAddress } from './lib/api';
import { emit, log, main } from './lib/report';
import { GROUPS, seedCards, seedEvent } from './lib/seed';
import { figure, summarize } from './lib/stats';
import type { JoinResult, Task } from './lib/tasks';
import { runWorkers, split } from './lib/workers';

const PEOPLE = 150;
const CARDS = 5000;
const WORKERS = 3;

main(async () => {
  const host = await startVecheHost();
  try {
    const ev = await seedEvent(host.port, host.token, 30);
    // All 5,000 on the board every participant opens: the heaviest reading of "boards hold 5,000".
    await seedCards(host.port, host.token, ev.eventId, ev.sharedBoard, CARDS);
    const people = Array.from({ length: PEOPLE }, (_, i) => ({ name: `Участник ${i + 1}`, group: GROUPS[i % GROUPS.length]!, team: ev.teams[i % ev.teams.length]!, from: deviceAddress(i) }));
    const tasks: Task[] = split(people, WORKERS).map((part) => ({ kind: 'join', port: host.port, code: ev.code, eventId: ev.eventId, boardId: ev.sharedBoard, expectCards: CARDS, people: part }));
    log(`fig2: ${PEOPLE} joins at once, ${CARDS} cards on the shared board`);
    const ticks = cpuTicks(host.pid);
    const { results } = await runWorkers<JoinResult>(tasks, 120_000);
    const hostCpuS = (cpuTicks(host.pid) - ticks) / 100;
    const errors = results.flatMap((r) => r.errors);
    if (errors.length > 0) throw new Error(`join storm: ${errors.length} failed, e.g. ${errors[0]}`);
    const times = summarize(results.flatMap((r) => r.finished));
    const rssMb = peakRss(host.pid) / 1024 / 1024;
    emit(
      [
        figure({ figure: 2, name: 'join storm: all 150 synced', value: times.max / 1000, unit: 's', target: 3, op: '<=', note: `median participant ${(times.p50 / 1000).toFixed(2)} s` }),
        figure({ figure: 2, name: 'join storm: host peak RSS', value: rssMb, unit: 'MB', target: 300, op: '<=' }),
      ],
      { times, hostCpuS, cards: CARDS, people: PEOPLE },
    );
  } finally {
    await host.stop();
  }
});
