import { readPlan } from '@shared/doc/plan';
import type { AuditRow } from '@shared/export/audit-log';
import { buildAuditCsv, buildAuditJson } from '@shared/export/audit-log';
import type { Lang } from '@shared/export/labels';
import type { HostedEvent } from '../events/hosted-event';
import { HOST_ROOM, readAudit as readPeopleAudit } from '../events/host-doc';
import { readAudit } from './history';

/**
 * The event's audit log rows: the history's (deletes, overwrites, restores, undos, imports) and the
 * facilitator's actions on people from the host's room, with board ids and person ids turned into
 * titles and names.
 */
export function auditRows(event: HostedEvent): AuditRow[] {
  const titles = new Map(readPlan(event.doc('plan')).boards.map((b) => [`board/${b.id}`, b.title]));
  const names = new Map(event.people.map((p) => [p.id as string, p.name]));
  const rows: AuditRow[] = readAudit(event).map((e) => ({
    at: e.at,
    who: e.by,
    action: e.action,
    board: e.board === null ? null : (titles.get(e.board) ?? e.board),
    detail: e.detail,
  }));
  for (const e of readPeopleAudit(event.doc(HOST_ROOM))) {
    const person = e.personId ? (names.get(e.personId) ?? e.personId) : '';
    const into = e.into ? (names.get(e.into) ?? e.into) : '';
    rows.push({ at: e.at, who: e.by, action: `person-${e.action}`, board: null, detail: into ? `${person} → ${into}` : person });
  }
  return rows;
}

/** The file in the host's time zone at the time of export. */
export function buildAuditFile(event: HostedEvent, ext: 'csv' | 'json', lang: Lang, now = Date.now()): string {
  const offset = -new Date(now).getTimezoneOffset();
  const rows = auditRows(event);
  return ext === 'csv' ? buildAuditCsv(rows, lang, offset) : buildAuditJson(rows, lang, offset);
}
