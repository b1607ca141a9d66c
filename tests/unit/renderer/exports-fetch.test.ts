import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFile } from '../../../renderer/src/features/exports/fetch-file';

/**
 * The browser side of a download, on Node's own fetch Response and ReadableStream: progress from
 * the body stream, the host's name from Content-Disposition, refusals and cancels as values.
 */
function streamed(chunks: Uint8Array[], headers: Record<string, string>): Response {
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (const chunk of chunks) c.enqueue(chunk);
      c.close();
    },
  });
  return new Response(body, { status: 200, headers });
}

const stubFetch = (answer: (init: RequestInit | undefined) => Response | Promise<Response>) =>
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init?: RequestInit) => Promise.resolve(answer(init))),
  );

afterEach(() => vi.unstubAllGlobals());

describe('fetchFile', () => {
  it('reports bytes against Content-Length as the body arrives and returns the host-named file', async () => {
    const name = `attachment; filename="x.csv"; filename*=UTF-8''${encodeURIComponent('Итоги.csv')}`;
    stubFetch(() =>
      streamed([new Uint8Array([1, 2]), new Uint8Array([3, 4, 5])], { 'Content-Length': '5', 'Content-Disposition': name, 'Content-Type': 'text/csv' }),
    );
    const seen: [number, number | null][] = [];
    const r = await fetchFile('/x', 'tok', new AbortController().signal, (got, total) => seen.push([got, total]));
    expect(seen).toEqual([
      [0, 5],
      [2, 5],
      [5, 5],
    ]);
    expect(r).toMatchObject({ kind: 'ok', file: { name: 'Итоги.csv', type: 'text/csv' } });
    if (r.kind === 'ok') expect([...r.file.bytes]).toEqual([1, 2, 3, 4, 5]);
  });

  it('sends the facilitator token', async () => {
    let auth: string | null = null;
    stubFetch((init) => {
      auth = new Headers(init?.headers).get('Authorization');
      return streamed([], {});
    });
    await fetchFile('/x', 'secret', new AbortController().signal, () => {});
    expect(auth).toBe('Bearer secret');
  });

  it('turns a refusal into the host error, code and message', async () => {
    stubFetch(() => new Response(JSON.stringify({ error: { code: 'not_found', message: 'no such board' } }), { status: 404 }));
    const r = await fetchFile('/x', 't', new AbortController().signal, () => {});
    expect(r).toEqual({ kind: 'failed', error: { code: 'not_found', message: 'no such board', status: 404 } });
  });

  it('is cancelled, not failed, when aborted while the body is still arriving', async () => {
    const controller = new AbortController();
    stubFetch((init) => {
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new Uint8Array([1]));
          // What a real fetch does on abort: the body stream errors with an AbortError; it never closes by itself.
          init?.signal?.addEventListener('abort', () => c.error(new DOMException('aborted', 'AbortError')));
        },
      });
      return new Response(body, { status: 200 });
    });
    const r = await fetchFile('/x', 't', controller.signal, (got) => {
      if (got > 0) controller.abort();
    });
    expect(r).toEqual({ kind: 'cancelled' });
  });

  it('calls an unreachable host a network failure', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const r = await fetchFile('/x', 't', new AbortController().signal, () => {});
    expect(r).toMatchObject({ kind: 'failed', error: { code: 'network' } });
  });
});
