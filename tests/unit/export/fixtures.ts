import * as Y from 'yjs';
import { addCard, initBoard } from '@shared/doc/board';
import { addGridCard } from '@shared/doc/grid';
import { addBoard, addTeam, initPlan, upsertPerson } from '@shared/doc/plan';
import { ROOT_ID, addNode, initTree, readTree } from '@shared/doc/tree';
import { markVoteClosed, openVote, writePublishedVote } from '@shared/doc/voting';
import type { PersonId } from '@shared/ids';
import type { DocSource } from '@shared/export/snapshot';
import { treeExportOf } from '@shared/export/tree-data';
import type { TreeExport } from '@shared/export/tree-data';
import type { NodeId, TreeKind } from '@shared/tree/types';

/** Texts a hostile participant might type; every export must carry them as inert text. */
export const LONG = `Длинный текст ${'абвгд еёжзи '.repeat(830)}конец`.slice(0, 10_000);
export const HOSTILE = [
  '=HYPERLINK("http://evil.example","click")',
  '+7 (900) 000-00-00',
  '-2+3',
  '@SUM(A1:A2)',
  '\tcmd',
  '\rreturn',
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '[ссылка](javascript:alert(1))',
  'javascript:alert(document.cookie)',
  ']]><evil/>',
  '&amp; &lt; "quotes" \'single\'',
  'ctl\u0001\u0002\u0008\u000B\u000C\u001F\uFFFEend',
  '# not a heading',
  'Кириллица: ёлка, щи, «кавычки» — тире',
  LONG,
] as const;

/** The text as a reader sees it: illegal XML characters dropped. */
// eslint-disable-next-line no-control-regex -- control characters are what these checks are about.
export const visible = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const O = 'test';

export function treeDoc(kind: TreeKind, texts: readonly string[]): Y.Doc {
  const doc = new Y.Doc();
  initTree(doc, kind, O, { text: 'Центральная <b>проблема</b>' });
  const [below, above] = kind === 'problem-tree' ? (['cause', 'consequence'] as const) : (['means', 'end'] as const);
  texts.forEach((text, i) => {
    const r = addNode(doc, { parentId: ROOT_ID, kind: i % 2 ? above : below, text }, O);
    if (!r.ok) throw new Error(r.error.message);
    if (i % 3 === 0) addNode(doc, { parentId: r.value, kind: i % 2 ? above : below, text: `${text} — подпункт` }, O);
  });
  return doc;
}

export const hostileTree = (kind: TreeKind = 'problem-tree'): TreeExport => treeExportOf(readTree(treeDoc(kind, HOSTILE)), '<script>x</script> Дерево');

/** A tree of exactly `n` nodes: wide at the top, then chains, so both layouts and deep nesting are exercised. */
export function bigTree(n: number): TreeExport {
  const doc = new Y.Doc();
  initTree(doc, 'problem-tree', O, { text: 'Корень' });
  const parents: NodeId[] = [ROOT_ID];
  for (let i = 1; i < n; i++) {
    const parent = parents[i < 20 ? 0 : i - 1 - (i % 7)]!;
    const side = parent === ROOT_ID ? (i % 2 ? 'consequence' : 'cause') : undefined;
    const kind = side ?? (readTree(doc).nodes.get(parent)!.kind as 'cause' | 'consequence');
    const r = addNode(doc, { parentId: parent, kind, text: `Узел ${i}: ${'текст '.repeat(i % 5)}` }, O);
    if (!r.ok) throw new Error(r.error.message);
    parents.push(r.value);
  }
  return treeExportOf(readTree(doc), 'Большое дерево');
}

/** Plan, a card board, a grid, a tree and a closed vote, all full of hostile text. */
export function hostileEvent(): { docs: Map<string, Y.Doc>; source: DocSource; voteId: string } {
  const docs = new Map<string, Y.Doc>();
  const plan = new Y.Doc();
  docs.set('plan', plan);
  initPlan(plan, '=Событие <script>', 'strategy', O);
  const team = addTeam(plan, '@Команда', '#ff0000', O);
  const cards = addBoard(plan, { title: 'Карточки', kind: 'cards', teamId: team }, O);
  const grid = addBoard(plan, { title: 'SWOT', kind: 'grid', template: 'swot' }, O);
  const tree = addBoard(plan, { title: 'Дерево', kind: 'problem-tree' }, O);
  const cardDoc = new Y.Doc();
  initBoard(cardDoc, O);
  const ids = HOSTILE.map((text) => addCard(cardDoc, { text, authorId: null, authorName: '<i>Автор</i>' }, O));
  const gridDoc = new Y.Doc();
  HOSTILE.forEach((text, i) => addGridCard(gridDoc, { text, authorId: null, authorName: 'A', row: i % 2 ? 'internal' : 'external', column: 'positive' }, O));
  docs.set(`board/${cards}`, cardDoc);
  docs.set(`board/${grid}`, gridDoc);
  docs.set(`board/${tree}`, treeDoc('problem-tree', HOSTILE.slice(0, 6)));
  for (const [i, g] of ['youth', 'ngo', null].entries()) {
    upsertPerson(plan, { id: `p${i}` as PersonId, name: `Участник ${i}`, group: g, teamId: team, role: 'participant', joinedAt: i }, O);
  }
  const items = ids.map((itemId) => ({ boardId: cards, itemId }));
  const voteId = openVote(plan, { title: '+Голосование', items, perPerson: 3, maxPerItem: 2 }, O, 'v1', 1);
  markVoteClosed(plan, voteId, 2, O);
  const results = new Y.Doc();
  docs.set('results', results);
  const ranked = items.map((ref, i) => ({ ...ref, text: HOSTILE[i]!, total: 20 - i, voters: 3, rank: i + 1, byGroup: { youth: 20 - i - 1, _none: 1 } }));
  writePublishedVote(
    results,
    voteId,
    { state: 'closed', title: '+Голосование', eligible: 3, closedAt: 2, perPerson: 3, items: ranked, voters: 3, votersByGroup: { youth: 1, _none: 1 } },
    O,
  );
  return { docs, source: (rel) => docs.get(rel) ?? null, voteId };
}
