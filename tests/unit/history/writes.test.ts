import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocsEvent } from '../../../electron/host/export/worker/docs-event';
import { MAX_WRITE_RECORDS, notePoint, readWrites, recordWrite, touchedRecords, writesCompleteSince } from '../../../electron/host/history/writes';

const anna = { personId: 'p-anna', name: 'Анна' };

describe('who wrote what: the attribution behind "undo one person"', () => {
  it('names the records a transaction touched: map entries, fields of records, whole texts', () => {
    const doc = new Y.Doc();
    const seen: Set<string>[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => seen.push(touchedRecords(doc, tr)));
    doc.transact(() => {
      const card = new Y.Map<unknown>();
      doc.getMap('cards').set('c1', card);
      card.set('text', 'Мало врачей');
    });
    doc.transact(() => (doc.getMap('cards').get('c1') as Y.Map<unknown>).set('text', 'Нет врачей'));
    doc.transact(() => doc.getText('passport.text.goal').insert(0, 'Цель'));
    doc.transact(() => doc.getMap('cards').delete('c1'));
    expect(seen.map((s) => [...s])).toEqual([['cards:c1'], ['cards:c1'], ['passport.text.goal'], ['cards:c1']]);
  });

  it('keeps within its budget: the oldest entries go and the log says from when it is complete', () => {
    const event = new DocsEvent([]).asHostedEvent();
    let t = 1_000_000;
    for (let i = 0; i < MAX_WRITE_RECORDS + 2_000; i += 100) {
      recordWrite(event, 'board/b', anna, new Set(Array.from({ length: 100 }, (_, k) => `cards:${i + k}`)), (t += 10));
    }
    const total = readWrites(event, 'board/b').reduce((n, e) => n + e.records.size, 0);
    expect(total).toBeLessThanOrEqual(MAX_WRITE_RECORDS);
    expect(total).toBeGreaterThan(MAX_WRITE_RECORDS * 0.8);
    expect(writesCompleteSince(event)).toBeGreaterThan(1_000_000);
    expect(readWrites(event, 'board/b').some((e) => e.records.has('cards:0'))).toBe(false);
  });

  it('a point closes the open entry, so no entry straddles it; a touch within a second is not written again', () => {
    const event = new DocsEvent([]).asHostedEvent();
    recordWrite(event, 'board/b', anna, new Set(['cards:a']), 10_000);
    recordWrite(event, 'board/b', anna, new Set(['cards:a']), 10_500);
    expect(readWrites(event, 'board/b')[0]!.records.get('cards:a')).toBe(10_000);
    notePoint(event, 'board/b', 11_000);
    recordWrite(event, 'board/b', anna, new Set(['cards:a']), 11_200);
    const entries = readWrites(event, 'board/b');
    expect(entries.map((e) => e.from)).toEqual([10_000, 11_200]);
    expect(entries[1]!.records.get('cards:a')).toBe(11_200);
  });
});
