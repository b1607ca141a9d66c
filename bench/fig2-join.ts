// Figure 2, join storm: 150 participants join at once (POST /api/join, then sync the plan and the
// shared board) an event whose shared board holds 5,000 cards. Time until the last one is synced,
// and the host's peak RSS (VmHWM) over its whole life, seeding included.
//
// Run twice, each on a fresh host: with stock y-websocket clients (end to end: 150 devices decoding a
// 1.7 MB board, here all on the host's own 2 cores), and with wire-level clients that receive the
// same bytes without decoding them (the host's own time to serve 150 joins).
import { cpuTicks, peakRss, startVecheHost } from './lib/host';
import { deviceAddress } from './lib/api';
import { emit, log, main } from './lib/report';
import { GROUPS, seedCards, seedEvent } from './lib/seed';
import type { Summary } from './lib/stats';
import { figure, percentile, summarize } from './lib/stats';
import type { JoinResult, Task } from './lib/tasks';
import { runWorkers, split } from './lib/workers';

const PEOPLE = 150;
const CARDS = 5000;
const WORKERS = 3;

type Storm = { times: Summary; hostCpuS: number; workerCpuS: number; rssMb: number; decodeMs: number[] };

async function storm(wire: boolean): Promise<Storm> {
  const host = await startVecheHost();
  try {
    const ev = await seedEvent(host.port, host.token, 30);
    // All 5,000 on the board every participant opens: the heaviest reading of "boards hold 5,000".
    await seedCards(host.port, host.token, ev.eventId, ev.sharedBoard, CARDS);
    const people = Array.from({ length: PEOPLE }, (_, i) => ({
      name: `Участник ${i + 1}`,
      group: GROUPS[i % GROUPS.length]!,
      team: ev.teams[i % ev.teams.length]!,
      from: deviceAddress(i),
    }));
    const tasks: Task[] = split(people, WORKERS).map((part) => ({
      kind: 'join',
      port: host.port,
      code: ev.code,
      eventId: ev.eventId,
      boardId: ev.sharedBoard,
      expectCards: CARDS,
      wire,
      people: part,
    }));
    log(`fig2: ${PEOPLE} joins at once, ${CARDS} cards on the shared board, ${wire ? 'wire-level' : 'stock y-websocket'} clients`);
    const ticks = cpuTicks(host.pid);
    const { results, workerCpuS } = await runWorkers<JoinResult>(tasks, 120_000);
    const hostCpuS = (cpuTicks(host.pid) - ticks) / 100;
    const errors = results.flatMap((r) => r.errors);
    if (errors.length > 0) throw new Error(`join storm: ${errors.length} failed, e.g. ${errors[0]}`);
    const decodeMs = results.flatMap((r) => r.decodeMs).sort((a, b) => a - b);
    return { times: summarize(results.flatMap((r) => r.finished)), hostCpuS, workerCpuS, rssMb: peakRss(host.pid) / 1024 / 1024, decodeMs };
  } finally {
    await host.stop();
  }
}

main(async () => {
  const served = await storm(true);
  const stock = await storm(false);
  const oneDecode = percentile(served.decodeMs, 50);
  const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  emit(
    [
      figure({
        figure: 2,
        name: 'join storm: all 150 synced',
        value: stock.times.max / 1000,
        unit: 's',
        target: 3,
        op: '<=',
        note: `stock clients, median ${secs(stock.times.p50)}; the 150 clients used ${stock.workerCpuS.toFixed(1)} s of CPU, the host ${stock.hostCpuS.toFixed(1)} s`,
      }),
      figure({
        figure: 2,
        name: 'join storm: host served all 150',
        value: served.times.max / 1000,
        unit: 's',
        target: 3,
        op: '<=',
        note: `wire-level clients (no decoding), median ${secs(served.times.p50)}; one device decodes the board in ${oneDecode.toFixed(0)} ms`,
      }),
      figure({ figure: 2, name: 'join storm: host peak RSS', value: Math.max(stock.rssMb, served.rssMb), unit: 'MB', target: 300, op: '<=' }),
    ],
    { stock, served, oneDeviceDecodeMs: oneDecode, cards: CARDS, people: PEOPLE },
  );
});
