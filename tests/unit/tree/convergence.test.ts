import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { LOCAL_ORIGIN } from '@shared/doc/schema';
import { addNode, createTreeUndoManager, deleteNode, editText, initTree, moveNode, readNodes, readTree } from '@shared/doc/tree';
import type { NodeId, Placement, ResolvedTree } from '@shared/tree/types';
import { KINDS_OF } from '@shared/tree/types';
import { isAcyclic, nid, serialise } from './helpers';

/**
 * Yjs-style convergence: 3–5 docs apply random operations (add, edit, move with subtrees, delete,
 * undo, redo) while updates travel between them in random order, some of them held back; after a
 * full sync every doc must hold the same state and show the same, acyclic tree with every live node once.
 */
const REMOTE = 'remote';
const HOST = 'host';
const OPS = ['add', 'add', 'add', 'edit', 'move', 'move', 'move', 'delete', 'undo', 'redo', 'deliver', 'deliver', 'deliver'] as const;
type Step = { client: number; op: (typeof OPS)[number]; a: number; b: number; c: number };

type Client = { doc: Y.Doc; undo: Y.UndoManager; inbox: Uint8Array[] };

function makeClients(n: number, concurrentRoots: boolean): Client[] {
  const clients = Array.from({ length: n }, () => ({ doc: new Y.Doc(), inbox: [] as Uint8Array[] }));
  if (concurrentRoots) clients.forEach((c, i) => initTree(c.doc, 'problem-tree', LOCAL_ORIGIN, { id: nid(`root${i}`) }));
  else {
    // A shared starting tree, so that concurrent moves of the same nodes (and so cycles) are likely.
    const first = clients[0]!.doc;
    initTree(first, 'problem-tree', LOCAL_ORIGIN);
    ['s0', 's1', 's2', 's3', 's4', 's5'].forEach((id, i) => {
      const parentId = nid(i < 2 ? 'root' : `s${i - 2}`);
      addNode(first, { parentId, kind: i % 2 ? 'consequence' : 'cause', text: id }, HOST, nid(id));
    });
    for (const c of clients.slice(1)) Y.applyUpdate(c.doc, Y.encodeStateAsUpdate(first), REMOTE);
  }
  clients.forEach((c, i) =>
    c.doc.on('update', (u: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) clients.forEach((other, j) => j !== i && other.inbox.push(u));
    }),
  );
  return clients.map((c) => ({ ...c, undo: createTreeUndoManager(c.doc, { captureTimeout: 0 }) }));
}

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

function placementOf(tree: ResolvedTree, parent: NodeId, c: number): Placement {
  const sibling = pick(tree.children.get(parent) ?? [], c >> 3) ?? parent;
  const options: Placement[] = [{ at: 'last' }, { at: 'first' }, { at: 'index', index: c >> 3 }, { at: 'before', sibling }, { at: 'after', sibling }];
  return options[c % options.length]!;
}

/** Delivers a random part of the inbox, in a random order; the rest stays queued. */
function deliver(client: Client, count: number, seed: number): void {
  const queue = client.inbox;
  for (let i = queue.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [queue[i], queue[j]] = [queue[j]!, queue[i]!];
  }
  for (const u of queue.splice(0, count % (queue.length + 1))) Y.applyUpdate(client.doc, u, REMOTE);
}

function apply(client: Client, s: Step, counter: number): void {
  const { doc } = client;
  const tree = readTree(doc);
  const a = pick(tree.flat, s.a);
  const b = pick(tree.flat, s.b);
  if (s.op === 'undo') client.undo.undo();
  else if (s.op === 'redo') client.undo.redo();
  else if (s.op === 'deliver') deliver(client, s.a, s.b);
  else if (!a || !b) return;
  else if (s.op === 'add') {
    const parent = tree.nodes.get(a)!;
    const side = parent.side === 'root' ? (s.b % 2 ? 'above' : 'below') : parent.side;
    addNode(
      doc,
      { parentId: a, kind: KINDS_OF['problem-tree'][side], text: `n${counter}`, placement: placementOf(tree, a, s.c) },
      LOCAL_ORIGIN,
      nid(`c${s.client}n${counter}`),
    );
  } else if (s.op === 'edit') editText(doc, a, `e${counter}`, LOCAL_ORIGIN);
  else if (s.op === 'move') moveNode(doc, a, { parentId: b, side: s.c % 2 ? 'above' : 'below', placement: placementOf(tree, b, s.c) }, LOCAL_ORIGIN);
  else deleteNode(doc, a, LOCAL_ORIGIN);
}

function fullSync(clients: Client[]): void {
  const states = clients.map((c) => Y.encodeStateAsUpdate(c.doc));
  for (const c of clients) for (const u of states) Y.applyUpdate(c.doc, u, REMOTE);
}

function expectConverged(clients: Client[]): void {
  const svs = clients.map((c) => [...Y.decodeStateVector(Y.encodeStateVector(c.doc))].sort((x, y) => x[0] - y[0]));
  const trees = clients.map((c) => readTree(c.doc));
  for (const c of clients) expect(c.doc.store.pendingStructs).toBeNull();
  for (let i = 1; i < clients.length; i++) {
    expect(svs[i]).toEqual(svs[0]);
    expect(serialise(trees[i]!)).toBe(serialise(trees[0]!));
  }
  expectWholeTree(clients[0]!.doc);
}

/** Whatever a doc has received so far, its tree is acyclic and shows every live node exactly once. */
function expectWholeTree(doc: Y.Doc): void {
  const tree = readTree(doc);
  const live = readNodes(doc)
    .filter((r) => !r.deleted)
    .map((r) => r.id)
    .sort();
  expect([...tree.flat].sort()).toEqual(live);
  expect(new Set(tree.flat).size).toBe(tree.flat.length);
  expect(isAcyclic(tree)).toBe(true);
}

const step = (n: number) => fc.record({ client: fc.nat(n - 1), op: fc.constantFrom(...OPS), a: fc.nat(1000), b: fc.nat(1000), c: fc.nat(1000) });

const scenario = fc
  .integer({ min: 3, max: 5 })
  .chain((n) => fc.record({ n: fc.constant(n), concurrentRoots: fc.boolean(), steps: fc.array(step(n), { minLength: 10, maxLength: 120, size: 'max' }) }));

describe('trees under concurrency', () => {
  // CPU-bound: ~10 s idle, over 30 s with the machine loaded; the timeout is for hangs only.
  it(
    'docs applying random concurrent operations with random partial delivery converge to one acyclic tree with every live node once',
    { timeout: 180_000 },
    () => {
      fc.assert(
        fc.property(scenario, ({ n, concurrentRoots, steps }) => {
          const clients = makeClients(n, concurrentRoots);
          steps.forEach((s, i) => apply(clients[s.client]!, s, i));
          for (const c of clients) expectWholeTree(c.doc);
          fullSync(clients);
          expectConverged(clients);
        }),
        { numRuns: 100 },
      );
    },
  );

  it('moves made concurrently on every doc before any delivery (cycles likely) converge without losing a node', () => {
    const moves = fc.array(fc.record({ client: fc.nat(4), a: fc.nat(100), b: fc.nat(100), c: fc.nat(100) }), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 5 }), moves, (n, ms) => {
        const clients = makeClients(n, false);
        ms.forEach((m, i) => apply(clients[m.client % n]!, { ...m, client: m.client % n, op: 'move' }, i));
        fullSync(clients);
        expectConverged(clients);
        expect(readTree(clients[0]!.doc).flat).toHaveLength(7);
      }),
      { numRuns: 200 },
    );
  });

  it('two concurrent moves that form a cycle resolve the same way on both docs and keep both nodes', () => {
    const [x, y] = makeClients(2, false);
    for (const id of ['a', 'b']) addNode(x!.doc, { parentId: nid('root'), kind: 'cause', text: id }, LOCAL_ORIGIN, nid(id));
    fullSync([x!, y!]);
    moveNode(x!.doc, nid('a'), { parentId: nid('b') }, LOCAL_ORIGIN);
    moveNode(y!.doc, nid('b'), { parentId: nid('a') }, LOCAL_ORIGIN);
    fullSync([x!, y!]);
    expectConverged([x!, y!]);
    const tree = readTree(x!.doc);
    expect(tree.nodes.get(nid('a'))?.parentId).toBe('root');
    expect(tree.nodes.get(nid('b'))?.parentId).toBe('a');
  });
});
