import type { Lang } from './labels';
import { buildCsv } from './csv';

/**
 * The event's audit log as a file: who deleted or overwrote what, restores, undone changes, imports,
 * and the facilitator's actions on people (voids, removals, merges). One row per entry, oldest first.
 * Russian files write times as "21.11.2026 14:05:09", English ones as ISO 8601 with the offset;
 * both in the host's time zone (the hall's), which the caller passes in so files are reproducible.
 */
export type AuditRow = { at: number; who: string; action: string; board: string | null; detail: string };

const ACTIONS: Record<Lang, Record<string, string>> = {
  ru: {
    delete: 'удаление записей',
    overwrite: 'правка чужой карточки',
    restore: 'возврат доски к точке',
    'undo-person': 'отмена правок участника',
    import: 'импорт мероприятия',
    'person-void': 'голос участника аннулирован',
    'person-restore': 'голос участника восстановлен',
    'person-remove': 'участник удалён',
    'person-merge': 'участники объединены',
    'person-approve': 'вход участника одобрен',
    'person-deny': 'вход участника отклонён',
    'person-check-in-on': 'проверка входа включена',
    'person-check-in-off': 'проверка входа выключена',
  },
  en: {
    delete: 'records deleted',
    overwrite: 'someone else’s card edited',
    restore: 'board restored to a point',
    'undo-person': 'a person’s changes undone',
    import: 'event imported',
    'person-void': 'participant voided',
    'person-restore': 'participant counted again',
    'person-remove': 'participant removed',
    'person-merge': 'participants merged',
    'person-approve': 'participant admitted',
    'person-deny': 'participant turned away',
    'person-check-in-on': 'check-in turned on',
    'person-check-in-off': 'check-in turned off',
  },
};

const HEADERS: Record<Lang, [string, string, string, string, string]> = {
  ru: ['Когда', 'Кто', 'Что', 'Доска', 'Подробности'],
  en: ['When', 'Who', 'What', 'Board', 'Details'],
};

const pad = (n: number, w = 2) => String(Math.trunc(Math.abs(n))).padStart(w, '0');

/** `at` in a zone `offsetMin` minutes east of UTC: "21.11.2026 14:05:09" (ru) or "2026-11-21T14:05:09+03:00" (en). */
export function auditTime(at: number, lang: Lang, offsetMin: number): string {
  const d = new Date(at + offsetMin * 60_000);
  const [y, mo, da, h, mi, s] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  if (lang === 'ru') return `${pad(da)}.${pad(mo)}.${y} ${pad(h)}:${pad(mi)}:${pad(s)}`;
  const zone = offsetMin === 0 ? 'Z' : `${offsetMin < 0 ? '-' : '+'}${pad(offsetMin / 60)}:${pad(offsetMin % 60)}`;
  return `${y}-${pad(mo)}-${pad(da)}T${pad(h)}:${pad(mi)}:${pad(s)}${zone}`;
}

export const auditAction = (action: string, lang: Lang): string => ACTIONS[lang][action] ?? action;

const sorted = (rows: readonly AuditRow[]) => [...rows].sort((a, b) => a.at - b.at);

export function buildAuditCsv(rows: readonly AuditRow[], lang: Lang, offsetMin: number): string {
  return buildCsv(
    [HEADERS[lang], ...sorted(rows).map((r) => [auditTime(r.at, lang, offsetMin), r.who, auditAction(r.action, lang), r.board ?? '', r.detail])],
    lang,
  );
}

/** The same rows for programs: the raw action code and the time in ms beside the readable forms. */
export function buildAuditJson(rows: readonly AuditRow[], lang: Lang, offsetMin: number): string {
  const entries = sorted(rows).map((r) => ({
    when: auditTime(r.at, lang, offsetMin),
    at: r.at,
    who: r.who,
    what: auditAction(r.action, lang),
    action: r.action,
    board: r.board,
    details: r.detail,
  }));
  return JSON.stringify({ entries }, null, 2);
}
