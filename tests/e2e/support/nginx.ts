import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** nginx from Debian's package; /usr/sbin is often not on a non-root PATH. */
export function findNginx(): string {
  try {
    const found = execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8', timeout: 5_000 }).trim();
    if (found) return found;
  } catch {
    // not on PATH: try the package's own place below
  }
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  throw new Error('nginx is not installed: the online-mode test runs Chromium through it (apt-get install nginx; .ci/run installs it)');
}

/** A port free right now on loopback, for a server that is told its port rather than choosing one. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      s.close(() => ok(port));
    });
  });
}

/** A throwaway self-signed certificate for localhost, valid one day. */
export function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=localhost', '-days', '1', '-keyout', key, '-out', cert];
  execFileSync('openssl', args, { stdio: 'pipe', timeout: 30_000 });
  return { cert, key };
}

/** The fenced nginx block of docs/online.md, the configuration the documentation tells people to use. */
export function documentedNginxConfig(): string {
  const doc = readFileSync(join(ROOT, 'docs', 'online.md'), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1];
  if (!block) throw new Error('docs/online.md has no ```nginx block');
  return block;
}

/** Replaces what must differ on this machine; a pattern the documentation no longer has fails loudly. */
function replaceOrFail(text: string, pattern: RegExp, by: string): string {
  if (!pattern.test(text)) throw new Error(`docs/online.md's nginx block no longer matches ${pattern}`);
  return text.replace(pattern, by);
}

export type ProxySite = { port: number; upstreamPort: number; readTimeout: string; cert: string; key: string; dir: string };

/** The documented block made to run here: loopback listen, localhost, the test certificate and logs, and the test's timeout. */
export function siteFromDocs({ port, upstreamPort, readTimeout, cert, key, dir }: ProxySite): string {
  let site = documentedNginxConfig();
  // The plain-HTTP redirect server is of no use on loopback.
  site = replaceOrFail(site, /\nserver \{\n {4}listen 80;[\s\S]*?\n\}\n/, '\n');
  site = replaceOrFail(site, /listen 443 ssl;/, `listen 127.0.0.1:${port} ssl;`);
  site = replaceOrFail(site, /server_name [^;]+;/, 'server_name localhost;');
  site = replaceOrFail(site, /ssl_certificate +[^;]+;/, `ssl_certificate ${cert};`);
  site = replaceOrFail(site, /ssl_certificate_key +[^;]+;/, `ssl_certificate_key ${key};`);
  site = replaceOrFail(site, /access_log [^ ;]+ veche;/, `access_log ${join(dir, 'access.log')} veche;`);
  site = replaceOrFail(site, /proxy_pass http:\/\/127\.0\.0\.1:\d+;/, `proxy_pass http://127.0.0.1:${upstreamPort};`);
  site = replaceOrFail(site, /proxy_read_timeout \w+;/, `proxy_read_timeout ${readTimeout};`);
  return site;
}

/** The documented `location / { … }` alone, pointed elsewhere: the same proxying in front of another server. */
export function locationFromDocs(upstreamPort: number, readTimeout: string): string {
  const location = /\n {4}location \/ \{\n[\s\S]*?\n {4}\}\n/.exec(documentedNginxConfig())?.[0];
  if (!location) throw new Error("docs/online.md's nginx block has no `location / { … }`");
  return location
    .replace(/proxy_pass http:\/\/127\.0\.0\.1:\d+;/, `proxy_pass http://127.0.0.1:${upstreamPort};`)
    .replace(/proxy_read_timeout \w+;/, `proxy_read_timeout ${readTimeout};`);
}

/** The main file: foreground, one worker, every path nginx writes inside `dir` (never /var). */
export function mainConfig(dir: string, http: string): string {
  const temp = (name: string) => {
    mkdirSync(join(dir, name), { recursive: true });
    return join(dir, name);
  };
  // Started as root (a CI container), nginx would hand its workers to `nobody`, who cannot read this private folder.
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} info;
events { worker_connections 256; }
http {
  client_body_temp_path ${temp('client_body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  access_log ${join(dir, 'access.log')};
${http}
}
`;
}

export type RunningNginx = { log(): string; stop(): Promise<void> };

/** Starts nginx on `config` in the foreground and waits (bounded) until `port` accepts connections. */
export async function startNginx(dir: string, config: string, port: number): Promise<RunningNginx> {
  const nginx = findNginx();
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, config);
  const errorLog = join(dir, 'error.log');
  // -e: errors before the config is read go here too, not to /var/log/nginx.
  const child: ChildProcess = spawn(nginx, ['-p', dir, '-e', errorLog, '-c', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const log = () => `${output}\n${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
  const deadline = Date.now() + 20_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${log()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not listen on ${port} in 20 s:\n${log()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      // Fast shutdown: a graceful one (SIGQUIT) would wait for the open WebSockets to end.
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const s = createConnection({ host: '127.0.0.1', port }, () => {
      s.destroy();
      ok(true);
    });
    s.once('error', () => ok(false));
    s.setTimeout(2_000, () => {
      s.destroy();
      ok(false);
    });
  });
}
