import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { POSTER_LIMITS, initPoster, posterNeeds, readPoster, writePoster } from '@shared/doc/poster';
import { LOCAL_ORIGIN } from '@shared/doc/schema';

describe('the poster doc', () => {
  it('writes fields and needs in one transaction with the given origin and reads them back in category order', () => {
    const doc = new Y.Doc();
    initPoster(doc, 'Больничные клоуны', LOCAL_ORIGIN);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const r = writePoster(
      doc,
      { name: 'Больничные клоуны', problem: 'Дети в больнице скучают', needs: { money: 'грим и костюмы', volunteers: 'клоуны по выходным' } },
      LOCAL_ORIGIN,
    );
    expect(r.ok).toBe(true);
    expect(origins).toEqual([LOCAL_ORIGIN]);
    const p = readPoster(doc);
    expect(p.problem).toBe('Дети в больнице скучают');
    expect(posterNeeds(p).map((n) => n.category)).toEqual(['volunteers', 'money']);
    writePoster(doc, { needs: { money: '' } }, LOCAL_ORIGIN);
    expect(readPoster(doc).needs.money).toBeUndefined();
  });

  it('refuses an oversized or remote image and unknown needs; a bad image written by a client reads as none', () => {
    const doc = new Y.Doc();
    const big = `data:image/png;base64,${'A'.repeat(POSTER_LIMITS.image)}`;
    expect(writePoster(doc, { image: big }, LOCAL_ORIGIN)).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    expect(writePoster(doc, { image: 'https://example.org/x.png' }, LOCAL_ORIGIN).ok).toBe(false);
    expect(writePoster(doc, { needs: { yachts: 'x' } as never }, LOCAL_ORIGIN).ok).toBe(false);
    expect(writePoster(doc, { image: 'data:image/png;base64,iVBORw0KGgo=' }, LOCAL_ORIGIN).ok).toBe(true);
    doc.getMap('poster').set('image', 'javascript:alert(1)');
    doc.getMap('poster').set('who', 'x'.repeat(5000));
    expect(readPoster(doc).image).toBeNull();
    expect(readPoster(doc).who.length).toBe(POSTER_LIMITS.text);
  });
});
