// Figure 7, an honest edit under attack: two honest clients on a shared board, one sets a key ten
// times a second and the other notes when it arrives. The same measurement runs with no attack (the
// reference, in the same run) and during each attack the host defends against: 6-byte sync step 1
// amplification on the read-only plan from sockets that never read, a websocket flood on one token,
// and slowloris half-open connections. Attackers come from other loopback addresses (127.0.0.4…).
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import type { Socket } from 'node:net';
import { WebSocket } from 'ws';
import type { Client } from './lib/clients';
import { connect, disconnect, wallNow, within } from './lib/clients';
import { api, join } from './lib/api';
import { startVecheHost } from './lib/host';
import { emit, log, main } from './lib/report';
import type { Summary } from './lib/stats';
import { figure, parseStatusKb, summarize } from './lib/stats';

const PHASE_MS = Number(process.env.BENCH_FIG7_SECONDS ?? 15) * 1000;
const PROBE_EVERY_MS = 100;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rssOf = (pid: number): number => parseStatusKb(readFileSync(`/proc/${pid}/status`, 'utf8'), 'VmRSS') ?? Number.NaN;

type Attack = { name: string; run(stop: () => boolean): Promise<void> };
type AttackArgs = { name: 'amplification' | 'flood' | 'slowloris'; port: number; room: string; token: string; ms: number };

/** Writer sets probe/<n> = send time; reader's latency is arrival − send time (one process, one clock). */
async function probe(writer: Client, reader: Client, tag: string, running: () => boolean): Promise<Summary> {
  const latencies: number[] = [];
  const probes = reader.doc.getMap<number>(`probe-${tag}`);
  const seen = new Set<string>();
  const onChange = () => {
    const now = wallNow();
    probes.forEach((sent, key) => {
      if (!seen.has(key)) {
        seen.add(key);
        latencies.push(now - sent);
      }
    });
  };
  probes.observe(onChange);
  const out = writer.doc.getMap<number>(`probe-${tag}`);
  for (let i = 0; running(); i++) {
    out.set(String(i), wallNow());
    await sleep(PROBE_EVERY_MS);
  }
  await sleep(1_000);
  probes.unobserve(onChange);
  return summarize(latencies);
}

function attackSocket(port: number, room: string, token: string, from: string): Promise<WebSocket | null> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/sync/${room}?token=${token}`, { localAddress: from });
    ws.on('error', () => resolve(null));
    ws.once('unexpected-response', () => resolve(null));
    ws.once('open', () => resolve(ws));
  });
}

function amplification(port: number, room: string, token: string): Attack {
  const frame = Buffer.from([0, 0, 3, 1, 5, 1]);
  return {
    name: 'amplification',
    async run(stop) {
      const open: WebSocket[] = [];
      while (!stop()) {
        const ws = await attackSocket(port, room, token, '127.0.0.4');
        if (ws) {
          (ws as unknown as { _socket: Socket })._socket.pause();
          for (let i = 0; i < 100; i++) ws.send(frame);
          open.push(ws);
          if (open.length > 20) open.shift()!.terminate();
        }
        await sleep(50);
      }
      for (const ws of open) ws.terminate();
    },
  };
}

function flood(port: number, room: string, token: string): Attack {
  return {
    name: 'connection flood',
    async run(stop) {
      const open: WebSocket[] = [];
      while (!stop()) {
        const batch = await Promise.all(Array.from({ length: 50 }, () => attackSocket(port, room, token, '127.0.0.5')));
        for (const ws of batch) if (ws) open.push(ws);
        while (open.length > 200) open.shift()!.terminate();
        await sleep(250);
      }
      for (const ws of open) ws.terminate();
    },
  };
}

function slowloris(port: number): Attack {
  return {
    name: 'slowloris',
    async run(stop) {
      const live = new Set<Socket>();
      const open = () => {
        const s = tcpConnect({ host: '127.0.0.1', port, localAddress: '127.0.0.6' });
        s.on('error', () => s.destroy());
        s.on('data', () => {});
        s.on('connect', () => s.write(`GET /api/health HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Slow: `));
        s.once('close', () => live.delete(s));
        live.add(s);
      };
      while (!stop()) {
        while (live.size < 300) open();
        for (const s of live) if (s.writable) s.write('a');
        await sleep(500);
      }
      for (const s of live) s.destroy();
    },
  };
}

/** The attacker runs in its own process, so its own work never slows the honest clients measured here. */
function inChild(args: AttackArgs): Promise<void> {
  const child = fork(import.meta.filename, ['attack', JSON.stringify(args)], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  return new Promise((done) => child.once('exit', () => done()));
}

async function attacker(args: AttackArgs): Promise<void> {
  const attack =
    args.name === 'amplification'
      ? amplification(args.port, args.room, args.token)
      : args.name === 'flood'
        ? flood(args.port, args.room, args.token)
        : slowloris(args.port);
  const end = Date.now() + args.ms;
  await attack.run(() => Date.now() >= end);
}

if (process.argv[2] === 'attack') main(() => attacker(JSON.parse(process.argv[3]!) as AttackArgs));
else
  main(async () => {
    const host = await startVecheHost();
    try {
      const port = host.port;
      const ev = await api<{ id: string; joinCode: string }>(port, 'POST', '/api/events', { token: host.token, body: { title: 'Атаки', format: 'strategy' } });
      const [a, b, m] = await Promise.all([
        join(port, { code: ev.joinCode, name: 'Анна' }, '127.0.0.2'),
        join(port, { code: ev.joinCode, name: 'Борис' }, '127.0.0.3'),
        join(port, { code: ev.joinCode, name: 'Мэллори' }, '127.0.0.4'),
      ]);
      // A ~2 MB plan: every unbounded answer to the amplification would be a fresh copy of it.
      const fac = connect(port, '/sync', `${ev.id}/plan`, host.token);
      await within(fac.synced, 30_000, 'facilitator plan sync');
      const boardId = [...fac.doc.getMap<unknown>('boards').keys()][0]!;
      for (let i = 0; i < 20; i++) fac.doc.getMap<string>('filler').set(`k${i}`, String(i).padEnd(100_000, 'ж'));
      await sleep(2_000);
      disconnect(fac);

      const room = `${ev.id}/board/${boardId}`;
      const writer = connect(port, '/sync', room, a.token);
      const reader = connect(port, '/sync', room, b.token);
      await within(Promise.all([writer.synced, reader.synced]), 30_000, 'honest clients sync');

      const phase = async (tag: string, attack: Attack | null) => {
        const end = Date.now() + PHASE_MS;
        const running = () => Date.now() < end;
        const rssBefore = rssOf(host.pid);
        let rssPeak = rssBefore;
        const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssOf(host.pid))), 100);
        const [summary] = await Promise.all([probe(writer, reader, tag, running), attack?.run(() => !running())]);
        clearInterval(sampler);
        await sleep(2_000); // let the host shed the attack before the next phase
        log(
          `fig7 ${tag}: p95 ${summary.p95.toFixed(1)} ms over ${summary.count} edits, RSS ${Math.round(rssBefore / 2 ** 20)} → peak ${Math.round(rssPeak / 2 ** 20)} MiB`,
        );
        return { summary, rssGrowthMb: (rssPeak - rssBefore) / 2 ** 20 };
      };

      log(`fig7: ${PHASE_MS / 1000} s per phase`);
      const reference = await phase('none', null);
      const results: Record<string, Awaited<ReturnType<typeof phase>>> = {};
      for (const name of ['amplification', 'flood', 'slowloris'] as const) {
        results[name] = await phase(name, { name, run: () => inChild({ name, port, room: `${ev.id}/plan`, token: m.token, ms: PHASE_MS }) });
      }
      disconnect(writer);
      disconnect(reader);

      const ref = reference.summary.p95;
      const base = { figure: 7 };
      emit(
        [
          figure({ ...base, name: 'honest edit p95, no attack', value: ref, unit: 'ms', target: 100, op: '<=' }),
          ...Object.entries(results).flatMap(([name, r]) => [
            figure({ ...base, name: `honest edit p95 during ${name}`, value: r.summary.p95, unit: 'ms', target: 100, op: '<=', reference: ref }),
            figure({ ...base, name: `  ratio to no attack (${name})`, value: r.summary.p95 / ref, unit: '×', target: 2, op: '<=' }),
          ]),
          figure({ ...base, name: 'host RSS growth under amplification', value: results.amplification!.rssGrowthMb, unit: 'MB', target: 300, op: '<=' }),
        ],
        { reference, results, phaseMs: PHASE_MS },
      );
    } finally {
      await host.stop();
    }
  });
