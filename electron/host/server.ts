import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Identity } from '@shared/access';
import { AppError } from '@shared/errors';
import type { HostInfo } from '@shared/protocol/api';
import { APP_VERSION } from '@shared/version';
import { hashToken } from './auth/tokens';
import { LruRateLimiter } from './auth/lru-limiter';
import { loadFacilitatorToken, removeHostJson, writeHostJson } from './data-dir';
import { createDemoEvents } from './demo/demo';
import { advertise } from './discovery';
import { EventLibrary } from './events/library';
import { handleApi } from './http/api';
import type { ApiContext } from './http/route';
import { clientAddress, parseTrustedProxies } from './http/client-address';
import { bearerToken, hostAllowed, originAllowed } from './http/guards';
import { requestTarget } from './http/request-path';
import { sendError } from './http/respond';
import { serveStatic } from './http/static';
import { answerClientErrors, applyHttpLimits, serverOptions } from './limits/http-limits';
import { hostAllowlist, listenNextFree, liveInterfaces, parsePublicUrl } from './network';
import { createSyncServer } from './sync/upgrade';
import { DEFAULT_IDENTITIES_PER_ADDRESS } from './http/api-join';
import { DEFAULT_WRITE_LIMITS } from './sync/write-guard';
import type { HostOptions, RunningHost } from './types';

export type { HostOptions, RunningHost } from './types';

const here = dirname(fileURLToPath(import.meta.url));
const DEFAULT_RENDERER = resolve(here, '../../out/renderer');
const FACILITATOR: Omit<Identity, 'name'> = { role: 'facilitator', eventId: null, personId: null, teamId: null };

const defaultLog = (level: 'info' | 'warn' | 'error', msg: string) =>
  (level === 'error' ? console.error : level === 'warn' ? console.warn : console.log)(`[veche] ${msg}`);

/** Starts the LAN host: HTTP (renderer + JSON API) and WebSocket sync on one port. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const log = options.log ?? defaultLog;
  const bind = options.bind ?? '0.0.0.0';
  const rendererDir = resolve(options.rendererDir ?? DEFAULT_RENDERER);
  // Bad online options fail before anything is opened or written.
  const publicUrl = options.publicUrl ? parsePublicUrl(options.publicUrl) : null;
  const trusted = options.trustedProxy ? parseTrustedProxies(options.trustedProxy) : null;
  const facilitatorToken = await loadFacilitatorToken(options.dataDir);
  const facilitatorHash = hashToken(facilitatorToken);
  const library = new EventLibrary(join(options.dataDir, 'events'), { flushMs: options.flushMs ?? 20, fs: options.fs }, log, {
    ...DEFAULT_WRITE_LIMITS,
    ...options.writeLimits,
  });
  await library.load();
  if (options.demo) await createDemoEvents(library, options.dataDir, log);

  const identifyToken = (token: string | null): Identity | null => {
    if (!token || token.length < 16 || token.length > 128) return null;
    const h = hashToken(token);
    return h === facilitatorHash ? { ...FACILITATOR, name: 'Модератор' } : library.identify(h);
  };
  const joinLimiter = new LruRateLimiter(options.joinBurst ?? 30, options.joinPerMinute ?? 30);
  const addressOf = (req: IncomingMessage) => clientAddress(req, trusted);
  const interfaces = liveInterfaces();
  const allow = hostAllowlist({ bind, publicUrl, interfaces });
  let port = 0;
  const hostInfo = (): HostInfo => ({
    version: APP_VERSION,
    port,
    localUrl: `http://127.0.0.1:${port}`,
    lanUrls: (bind === '0.0.0.0' ? interfaces() : [bind]).filter((a) => a !== '127.0.0.1').map((a) => `http://${a}:${port}`),
    publicUrl: publicUrl ? publicUrl.origin : null,
  });
  const api: ApiContext = {
    library,
    hostInfo,
    identify: (req) => identifyToken(bearerToken(req)),
    allowJoinAttempt: (req) => joinLimiter.take(addressOf(req)),
    clientAddress: addressOf,
    identitiesPerAddress: options.identitiesPerAddress ?? DEFAULT_IDENTITIES_PER_ADDRESS,
    capLoopback: options.capLoopback ?? false,
  };

  const server = createServer(serverOptions, (req, res) => {
    // Synchronous throws and rejections alike end in replyError: a request can never crash the host.
    handleHttp(req, res).catch((err) => replyError(res, err));
  });
  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, allow)) throw new AppError('forbidden', 'unknown Host header');
    const path = requestTarget(req).pathname;
    const stateChanging = req.method !== 'GET' && req.method !== 'HEAD';
    if (stateChanging && !originAllowed(req, allow)) throw new AppError('forbidden', 'cross-origin request refused');
    if (path.startsWith('/api/')) {
      if (!(await handleApi(api, req, res, path))) throw new AppError('not_found', `no endpoint ${path}`);
      return;
    }
    await serveStatic(rendererDir, req, res, path);
  }
  /** Expected refusals answer with their reason; anything else is logged once here and answered without its stack. */
  function replyError(res: ServerResponse, err: unknown): void {
    if (!(err instanceof AppError))
      log('error', `http ${res.req.method} ${(res.req.url ?? '').split('?')[0]!.slice(0, 200)}: ${(err as Error)?.stack ?? String(err)}`);
    if (res.headersSent || res.destroyed) return void res.destroy();
    if (err instanceof AppError) return sendError(res, err.code, err.message);
    sendError(res, 'internal', 'internal error');
  }

  const sync = createSyncServer({ library, allow, identifyToken, log, clientAddress: addressOf, pingMs: options.pingMs });
  server.on('upgrade', sync.upgrade);
  applyHttpLimits(server);
  answerClientErrors(server);
  port = await listenNextFree(server, options.port ?? 4321, bind);
  const info = hostInfo();
  const stopAdvertising = options.mdns === false ? () => {} : advertise(port, log);
  if (options.writeHostJson !== false) await writeHostJson(options.dataDir, { ...info, facilitatorToken });

  let closing: Promise<void> | null = null;
  return {
    port,
    localUrl: info.localUrl,
    lanUrls: info.lanUrls,
    publicUrl: info.publicUrl,
    facilitatorToken,
    listEvents: () => library.list(),
    exportEventFile: (id) => library.exportFile(id),
    importEventFile: (bytes) => library.importFile(bytes),
    close: () =>
      (closing ??= (async () => {
        stopAdvertising();
        sync.close();
        server.closeAllConnections();
        await new Promise<void>((r) => server.close(() => r()));
        await library.closeAll();
        if (options.writeHostJson !== false) await removeHostJson(options.dataDir);
      })()),
  };
}
