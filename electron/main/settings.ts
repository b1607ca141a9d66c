import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Language } from '@shared/ipc';
import { LANGUAGES } from '@shared/ipc';

/** Desktop-only preferences, beside the host's data in the user-data folder. */
export type Settings = { language: Language };

export const SETTINGS_FILE = 'desktop-settings.json';

const isLanguage = (v: unknown): v is Language => typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);

/**
 * Russian is the default; an English system locale starts in English. A saved choice wins.
 * Anything unreadable in the file falls back to the default rather than blocking start-up.
 */
export function resolveSettings(saved: unknown, systemLocale: string): Settings {
  const fallback: Language = systemLocale.toLowerCase().startsWith('en') ? 'en' : 'ru';
  const language = typeof saved === 'object' && saved !== null ? (saved as { language?: unknown }).language : undefined;
  return { language: isLanguage(language) ? language : fallback };
}

export async function loadSettings(dataDir: string, systemLocale: string): Promise<Settings> {
  let saved: unknown = null;
  try {
    saved = JSON.parse(await readFile(join(dataDir, SETTINGS_FILE), 'utf8'));
  } catch {
    // Missing on first start, or damaged: defaults are right in both cases.
  }
  return resolveSettings(saved, systemLocale);
}

/** Write-then-rename, so a crash mid-write never leaves a half file. */
export async function saveSettings(dataDir: string, settings: Settings): Promise<void> {
  const path = join(dataDir, SETTINGS_FILE);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(`${path}.tmp`, JSON.stringify(settings, null, 2));
  await rename(`${path}.tmp`, path);
}
