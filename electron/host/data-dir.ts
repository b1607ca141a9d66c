import { mkdir, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { HostInfo } from '@shared/protocol/api';
import { newToken } from './auth/tokens';

/** The same folder Electron's app.getPath('userData') gives for productName "Veche". */
export function defaultDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Veche');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Veche');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Veche');
}

/** The host facilitator token survives restarts, so the console link keeps working; kept 0600. */
export async function loadFacilitatorToken(dataDir: string): Promise<string> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, 'facilitator.token');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (/^[A-Za-z0-9_-]{43}$/.test(existing.trim())) return existing.trim();
  const token = newToken();
  await writeFile(file, token, { mode: 0o600 });
  await chmod(file, 0o600);
  return token;
}

export type HostJson = { version: 1; pid: number; port: number; localUrl: string; lanUrls: string[]; facilitatorToken: string };

export async function writeHostJson(dataDir: string, info: HostInfo & { facilitatorToken: string }): Promise<void> {
  const body: HostJson = {
    version: 1,
    pid: process.pid,
    port: info.port,
    localUrl: info.localUrl,
    lanUrls: info.lanUrls,
    facilitatorToken: info.facilitatorToken,
  };
  const file = join(dataDir, 'host.json');
  await writeFile(file, JSON.stringify(body, null, 2) + '\n', { mode: 0o600 });
  await chmod(file, 0o600);
}

export async function removeHostJson(dataDir: string): Promise<void> {
  await rm(join(dataDir, 'host.json'), { force: true });
}
