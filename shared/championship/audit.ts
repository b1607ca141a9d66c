/**
 * The jury's audit log: what changed a mark or a sheet, who, when (host epoch ms), old → new. The host
 * keeps it in its vault and the protocol prints it; nothing here is ever synced to a participant.
 */

export const AUDIT_KINDS = ['score', 'submit', 'reopen', 'moderate', 'scale-refused', 'freeze', 'unfreeze'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export type AuditEntry = {
  at: number;
  kind: AuditKind;
  /** The person who acted: a juror's id and name, or `facilitator` for the console. */
  whoId: string;
  who: string;
  roundId: string | null;
  teamId: string | null;
  criterionId: string | null;
  /** The juror whose mark it is, when someone else (the chair) changed it. */
  scorerId: string | null;
  old: number | null;
  new: number | null;
  note: string;
};

/** Beyond this many entries the log stops growing (a hostile juror flooding edits cannot grow the vault without bound). */
export const AUDIT_LIMIT = 50_000;

/** `<entryKey>|<criterionId>` → score. */
export type FlatMarks = Record<string, number>;

export type MarkChange = { entry: string; criterionId: string; old: number | null; new: number | null };

/** What differs between two flattened sheets, in key order (so the log reads the same however the diff was reached). */
export function diffMarks(before: FlatMarks, after: FlatMarks): MarkChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const out: MarkChange[] = [];
  for (const k of keys) {
    const a = before[k] ?? null;
    const b = after[k] ?? null;
    if (a === b) continue;
    const cut = k.lastIndexOf('|');
    out.push({ entry: k.slice(0, cut), criterionId: k.slice(cut + 1), old: a, new: b });
  }
  return out;
}

export function flatten(marks: Record<string, Record<string, { score: number }>>): FlatMarks {
  const out: FlatMarks = {};
  for (const [entry, byC] of Object.entries(marks)) for (const [c, m] of Object.entries(byC)) out[`${entry}|${c}`] = m.score;
  return out;
}
