import { generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';

/**
 * Board schema 1 → 2 for passport boards (other boards pass through untouched). Schema 1 kept the
 * target groups as one free text and each indicator as one `number`; schema 2 has a row per target
 * group (name + description) and an indicator's baseline and target. Nothing the team wrote is lost:
 * every group of the old text becomes a row's name (split at `;` and line ends, the way people
 * listed them), the old figure becomes the target. Runs inside the host's migration transaction
 * (shared/doc/schema.ts), once per doc; it imports nothing from ../doc so schema.ts may import it.
 */
export function migratePassportToV2(doc: Y.Doc): void {
  if (doc.getMap<unknown>('meta').get('boardKind') !== 'passport') return;
  const old = doc.getText('passport.text.targetGroups');
  const groups = doc.getMap<unknown>('passport.groups');
  const pieces = splitGroups(old.toString()).slice(0, 500);
  const orders = generateNKeysBetween(null, null, pieces.length);
  pieces.forEach((name, i) => {
    const id = `g-v1-${i}`;
    if (groups.has(id)) return;
    const row = new Y.Map<unknown>();
    row.set('order', orders[i]!);
    row.set('deleted', false);
    row.set('name', new Y.Text(name.slice(0, 2_000)));
    row.set('description', new Y.Text(''));
    groups.set(id, row);
  });
  if (old.length > 0) old.delete(0, old.length);
  doc.getMap<unknown>('passport.quantitative').forEach((m) => {
    if (!(m instanceof Y.Map)) return;
    const n = m.get('number');
    if (m.has('number') && !m.has('target') && typeof n === 'number' && Number.isFinite(n)) m.set('target', n);
    m.delete('number');
  });
}

/** "Молодёжь 16–30 лет; выпускники; НКО." → three groups, trailing full stops dropped. */
export function splitGroups(text: string): string[] {
  return text
    .split(/[;\n]+/)
    .map((s) =>
      s
        .trim()
        .replace(/[.;,]+$/, '')
        .trim(),
    )
    .filter((s) => s !== '')
    .map((s) => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1));
}
