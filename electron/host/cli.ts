import './threadpool';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { joinPath } from '@shared/protocol/api';
import { defaultDataDir } from './data-dir';
import { startHost } from './server';

const USAGE = `Usage: npm run serve -- [--port N] [--bind ADDR] [--data DIR] [--demo] [--no-mdns]
  --port N      port to try first (default 4321; the next free one is taken if busy; 0 = any)
  --bind ADDR   address to listen on (default 0.0.0.0: every interface)
  --data DIR    data folder (default ${defaultDataDir()})
  --demo        create the demo events from the seeds (once per data folder)
  --no-mdns     do not advertise the host on the local network
  --room-mib N  largest a shared room may grow, MiB (default 24)
  --person-mib N  most one participant may write into an event per run, MiB (default 16)
  --rate-kib N  sustained write rate per participant, KiB/s (default 256)
  --identities-per-address N  people one address may join an event as (default 3)
  --cap-loopback  apply that cap to this computer's own address too (tests)
Online (behind a TLS reverse proxy; see docs/online.md):
  --public-url URL      the address participants open, e.g. https://veche.example.org (join links and QR codes use it)
  --trusted-proxy LIST  proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated (e.g. 127.0.0.1)
  --ping-seconds N      how often every WebSocket is pinged (default 30; keep it under the proxy's read timeout)`;

function sizeFlag(flag: string, value: string | undefined, key: string, unit: number): Record<string, number> {
  if (value === undefined) return {};
  const n = Number(value);
  if (!(n > 0) || !Number.isFinite(n)) throw new Error(`bad --${flag} ${value}\n${USAGE}`);
  return { [key]: Math.round(n * unit) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      bind: { type: 'string' },
      data: { type: 'string' },
      demo: { type: 'boolean', default: false },
      'no-mdns': { type: 'boolean', default: false },
      'room-mib': { type: 'string' },
      'person-mib': { type: 'string' },
      'rate-kib': { type: 'string' },
      'identities-per-address': { type: 'string' },
      'cap-loopback': { type: 'boolean', default: false },
      'public-url': { type: 'string' },
      'trusted-proxy': { type: 'string' },
      'ping-seconds': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return void console.log(USAGE);
  const port = values.port === undefined ? 4321 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`bad --port ${values.port}\n${USAGE}`);
  const dataDir = values.data ?? defaultDataDir();
  const writeLimits = {
    ...sizeFlag('room-mib', values['room-mib'], 'roomBytes', 1024 * 1024),
    ...sizeFlag('person-mib', values['person-mib'], 'personBytes', 1024 * 1024),
    ...sizeFlag('rate-kib', values['rate-kib'], 'bytesPerSecond', 1024),
  };
  const perAddress = values['identities-per-address'] === undefined ? undefined : Number(values['identities-per-address']);
  if (perAddress !== undefined && !(Number.isInteger(perAddress) && perAddress > 0)) throw new Error(`bad --identities-per-address\n${USAGE}`);
  const pingSeconds = values['ping-seconds'] === undefined ? undefined : Number(values['ping-seconds']);
  if (pingSeconds !== undefined && !(pingSeconds >= 0.1 && pingSeconds <= 3600)) throw new Error(`bad --ping-seconds ${values['ping-seconds']}\n${USAGE}`);
  const publicUrl = values['public-url'];
  if (publicUrl && !values['trusted-proxy'])
    console.warn(
      '[veche] --public-url without --trusted-proxy: every participant seems to come from the proxy, so the per-address limits treat them as one device.',
    );
  const host = await startHost({
    port,
    bind: values.bind,
    dataDir,
    demo: values.demo,
    mdns: !values['no-mdns'],
    writeLimits,
    identitiesPerAddress: perAddress,
    capLoopback: values['cap-loopback'],
    publicUrl,
    trustedProxy: values['trusted-proxy'],
    pingMs: pingSeconds === undefined ? undefined : Math.round(pingSeconds * 1000),
  });

  console.log(`Veche host is running. Data: ${dataDir}`);
  console.log(`Facilitator console (this computer only): ${host.localUrl}/?token=${host.facilitatorToken}`);
  if (host.publicUrl) console.log(`Facilitator console online (keep this link secret): ${host.publicUrl}/?token=${host.facilitatorToken}`);
  if (host.publicUrl) console.log(`Participants join at: ${host.publicUrl}${joinPath('')}<code>  (online, through the proxy)`);
  else if (host.lanUrls.length === 0) console.log('No LAN address found: participants on other devices cannot join yet.');
  else for (const url of host.lanUrls) console.log(`Participants join at: ${url}${joinPath('')}<code>`);
  const base = host.publicUrl ?? host.lanUrls[0] ?? host.localUrl;
  for (const e of host.listEvents().filter((x) => !x.archived)) {
    console.log(`  «${e.title}»: code ${e.joinCode} — ${base}${joinPath(e.joinCode)}  (jurors ${e.jurorCode}, co-facilitators ${e.cofacilitatorCode})`);
  }
  const qrBase = host.publicUrl ?? host.lanUrls[0];
  if (qrBase) console.log(await QRCode.toString(qrBase, { type: 'terminal', small: true }));
  console.log(`host.json written to ${dataDir}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: saving and closing…`);
    host.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err) => {
  console.error(`[veche] ${(err as Error).message}`);
  process.exit(1);
});
