import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrateEventDocs } from '../../../electron/host/events/schema-open';
import { readEventFileDocs } from '../../../electron/host/persistence/event-file';
import { readPassport } from '@shared/doc/passport';
import { SCHEMA_VERSIONS, metaOf, migrate } from '@shared/doc/schema';
import { splitGroups } from '@shared/passport/migrate';

/** The demo strategy session as the schema-1 host wrote it: its passport has groups as one text and indicators as one number. */
const FIXTURE = 'tests/fixtures/event-schema-v1.veche';

describe('passport schema 1 → 2', () => {
  it('an old passport keeps all its content: each target group becomes a row, each figure a target', async () => {
    const { docs } = readEventFileDocs(await readFile(FIXTURE));
    const [, doc] = [...docs].find(([rel, d]) => rel.startsWith('board/') && metaOf(d).get('boardKind') === 'passport')!;
    const oldGroups = doc.getText('passport.text.targetGroups').toString();
    const oldFigures: number[] = [];
    doc.getMap<Y.Map<unknown>>('passport.quantitative').forEach((m) => oldFigures.push(m.get('number') as number));
    const before = readPassport(doc);
    expect(oldGroups.length).toBeGreaterThan(0);
    expect(oldFigures.length).toBeGreaterThan(0);

    migrateEventDocs(docs);
    const after = readPassport(doc);
    expect(metaOf(doc).get('schemaVersion')).toBe(SCHEMA_VERSIONS.board);
    expect(after.groups.map((g) => g.name)).toEqual(splitGroups(oldGroups));
    for (const word of oldGroups.split(/[\s;.]+/).filter((w) => w.length > 2))
      expect(
        after.groups
          .map((g) => g.name)
          .join(' ')
          .toLowerCase(),
      ).toContain(word.toLowerCase());
    expect(after.quantitative.map((q) => q.target).sort()).toEqual(oldFigures.sort());
    // Everything else reads exactly as before.
    const { groups: _g, quantitative: _q, ...rest } = after;
    const { groups: _g0, quantitative: _q0, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
  });

  it('other boards and passports already at schema 2 are untouched', () => {
    const cards = new Y.Doc();
    metaOf(cards).set('schemaVersion', 1);
    metaOf(cards).set('kind', 'board');
    cards.getText('passport.text.targetGroups').insert(0, 'not a passport');
    migrate(cards, 'board', 'test');
    expect(cards.getText('passport.text.targetGroups').toString()).toBe('not a passport');
    expect(splitGroups('Молодёжь 16–30 лет; выпускники школ\nНКО.')).toEqual(['Молодёжь 16–30 лет', 'Выпускники школ', 'НКО']);
  });
});
