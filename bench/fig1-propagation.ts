// Figure 1, edit propagation: 150 participants, 30 teams of 5, one editor per team at 2 edits/s;
// latency from an edit to its arrival at every other client on that board. The same load then runs
// against the bare @y/websocket-server in the same run, for the ratio.
import type { ServerProcess } from './lib/host';
import { startReferenceServer, startVecheHost } from './lib/host';
import { emit, log, main } from './lib/report';
import { joinParticipants, seedEvent } from './lib/seed';
import type { Summary } from './lib/stats';
import { figure, summarize } from './lib/stats';
import type { PropagationClient, PropagationResult, Task } from './lib/tasks';
import { runWorkers, split } from './lib/workers';

const PEOPLE = 150;
const TEAMS = 30;
const RATE = 2;
const DURATION_MS = Number(process.env.BENCH_FIG1_SECONDS ?? 60) * 1000;
const WORKERS = 3;

type Run = { summary: Summary; sent: number; expected: number; lost: number };

async function measure(port: number, prefix: string, clients: PropagationClient[]): Promise<Run> {
  // Keep each board's five clients in one worker's list order so every worker carries ten teams.
  const byTeam = [...clients].sort((a, b) => Number(a.id.split(':')[0]) - Number(b.id.split(':')[0]));
  const tasks: Task[] = split(byTeam, WORKERS).map((part) => ({
    kind: 'propagation',
    port,
    prefix,
    clients: part,
    durationMs: DURATION_MS,
    rate: RATE,
    drainMs: 3000,
  }));
  const { results } = await runWorkers<PropagationResult>(tasks, DURATION_MS + 60_000);
  const latencies = results.flatMap((r) => r.latencies);
  const sent = results.reduce((s, r) => s + r.sent, 0);
  const expected = sent * (PEOPLE / TEAMS - 1);
  return { summary: summarize(latencies), sent, expected, lost: expected - latencies.length };
}

main(async () => {
  let server: ServerProcess | null = null;
  try {
    const host = await startVecheHost();
    server = host;
    const ev = await seedEvent(host.port, host.token, TEAMS);
    const people = await joinParticipants(host.port, host.token, ev, PEOPLE);
    const editors = new Set<string>();
    const clients: PropagationClient[] = people.map((p, i) => {
      const team = ev.teams.indexOf(p.team);
      const editor = !editors.has(p.team);
      editors.add(p.team);
      const author = { personId: p.personId, name: `Участник ${i + 1}` };
      return { id: `${team}:${i}`, token: p.token, rooms: [`${ev.eventId}/plan`, `${ev.eventId}/board/${ev.boards[team]}`], editor, author };
    });
    log(`fig1: Veche host, ${PEOPLE} participants, ${TEAMS} editors × ${RATE}/s for ${DURATION_MS / 1000} s`);
    const veche = await measure(host.port, '/sync', clients);
    await host.stop();

    const ref = await startReferenceServer();
    server = ref;
    // The same rooms, people and editors; the reference has no tokens and no plan to check.
    const refClients = clients.map((c) => ({ ...c, token: null }));
    log('fig1: the same load on @y/websocket-server 0.1.1');
    const reference = await measure(ref.port, '', refClients);
    await ref.stop();
    server = null;

    const ratio = veche.summary.p95 / reference.summary.p95;
    const ratio99 = veche.summary.p99 / reference.summary.p99;
    const base = { figure: 1, unit: 'ms' };
    emit(
      [
        figure({
          ...base,
          name: 'edit propagation p50',
          value: veche.summary.p50,
          target: 25,
          op: '<=',
          reference: reference.summary.p50,
          note: 'no target of its own; shown against the p95 target',
        }),
        figure({ ...base, name: 'edit propagation p95', value: veche.summary.p95, target: 25, op: '<=', reference: reference.summary.p95 }),
        figure({ ...base, name: 'edit propagation p99', value: veche.summary.p99, target: 60, op: '<=', reference: reference.summary.p99 }),
        figure({ figure: 1, name: 'p95 vs reference server', value: ratio, unit: '×', target: 1.25, op: '<=', note: `p99 ratio ${ratio99.toFixed(2)}` }),
        figure({ figure: 1, name: 'deliveries lost', value: veche.lost, unit: '', target: 0, op: '<=', reference: reference.lost }),
      ],
      { veche, reference, durationMs: DURATION_MS, people: PEOPLE, editors: TEAMS, rate: RATE },
    );
  } finally {
    await server?.stop();
  }
});
