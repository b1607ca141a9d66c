import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildTreeJson, TREE_SCHEMA } from '@shared/export/tree-data';
import type { TreeExport } from '@shared/export/tree-data';
import { buildTreeMm } from '@shared/export/tree-mm';
import { buildTreeMarkdown } from '@shared/export/tree-outline';
import { buildTreeSvg } from '@shared/export/tree-svg';
import { LONG, bigTree, hostileTree, visible } from './fixtures';

type XmlNode = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  preserveOrder: true,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

/** Every element in document order, with its name, attributes and direct text. */
function elements(tree: XmlNode[], out: { name: string; attrs: Record<string, string>; children: XmlNode[] }[] = []) {
  for (const n of tree) {
    for (const [k, v] of Object.entries(n)) {
      if (k === ':@' || k === '#text') continue;
      out.push({ name: k, attrs: (n[':@'] ?? {}) as Record<string, string>, children: v as XmlNode[] });
      elements(v as XmlNode[], out);
    }
  }
  return out;
}
const textOf = (children: XmlNode[]): string =>
  children.map((c) => (typeof c['#text'] === 'string' || typeof c['#text'] === 'number' ? String(c['#text']) : '')).join('');
const squash = (s: string) => visible(s).replace(/\s+/g, '');

/** The drawn text of each node box: the lines of its inner <g>, joined. */
function drawnTexts(svg: string): string[] {
  const all = elements(parser.parse(svg) as XmlNode[]);
  return all
    .filter((e) => e.name === 'g' && e.attrs['@text-anchor'] === 'middle')
    .map((g) =>
      elements(g.children)
        .filter((e) => e.name === 'text')
        .map((e) => textOf(e.children))
        .join(''),
    );
}

function assertInertSvg(svg: string): void {
  const all = elements(parser.parse(svg) as XmlNode[]);
  expect(all.some((e) => e.name.toLowerCase() === 'script' || e.name.toLowerCase() === 'foreignobject')).toBe(false);
  for (const e of all) {
    for (const [name, value] of Object.entries(e.attrs)) {
      expect(name.toLowerCase().startsWith('@on')).toBe(false);
      if (name.endsWith('href')) expect(value).not.toMatch(/^\s*javascript:/i);
    }
  }
  expect(all.filter((e) => e.name === 'a')).toHaveLength(0);
}

describe('tree SVG', () => {
  it('is well-formed XML with no script, handler or link, whatever the node texts', async () => {
    const svg = await buildTreeSvg(hostileTree(), 'ru');
    expect(XMLParser).toBeDefined();
    assertInertSvg(svg);
    expect(svg).not.toContain('<script>');
    // eslint-disable-next-line no-control-regex -- control characters are what these checks are about.
    expect(svg).not.toMatch(/[\u0001\u0002\u0008\uFFFE]/);
  });

  it('draws every node with its whole text, a 10,000-character one included', async () => {
    const t = hostileTree();
    const drawn = drawnTexts(await buildTreeSvg(t, 'ru'))
      .map(squash)
      .sort();
    expect(drawn).toEqual(t.nodes.map((n) => squash(n.text)).sort());
    // The tree accessor caps node text at 2,000 characters; the builder itself must not cap anything.
    const long: TreeExport = { ...t, nodes: t.nodes.map((n, i) => (i === 1 ? { ...n, text: LONG } : n)) };
    expect(drawnTexts(await buildTreeSvg(long, 'ru')).map(squash)).toContain(squash(LONG));
  });

  it('draws all 300 nodes of a 300-node tree', async () => {
    const t = bigTree(300);
    expect(t.nodes).toHaveLength(300);
    const drawn = drawnTexts(await buildTreeSvg(t, 'en'));
    expect(drawn).toHaveLength(300);
    expect(drawn.map(squash).sort()).toEqual(t.nodes.map((n) => squash(n.text)).sort());
  });

  it('stops with an AbortError when cancelled, before or during the build', async () => {
    const before = new AbortController();
    before.abort();
    await expect(buildTreeSvg(bigTree(50), 'ru', { signal: before.signal })).rejects.toMatchObject({ name: 'AbortError' });
    const during = new AbortController();
    const seen: number[] = [];
    const build = buildTreeSvg(bigTree(50), 'ru', { signal: during.signal, onProgress: (f) => (seen.push(f), during.abort()) });
    await expect(build).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([0]);
  });
});

describe('tree FreeMind .mm', () => {
  type MmNode = { text: string; position: string | null; children: MmNode[] };
  function readMm(xml: string): MmNode {
    const p = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'node', trimValues: false, htmlEntities: true });
    const doc = p.parse(xml) as { map: { version: string; node: Record<string, unknown>[] } };
    expect(doc.map.version).toBe('1.0.1');
    const walk = (n: Record<string, unknown>): MmNode => ({
      text: String(n.TEXT),
      position: (n.POSITION as string | undefined) ?? null,
      children: ((n.node as Record<string, unknown>[] | undefined) ?? []).map(walk),
    });
    return walk(doc.map.node[0]!);
  }

  /** The export's own tree in the same shape, with the side each root child should be on. */
  function expected(t: TreeExport): MmNode {
    const kids = (id: string) => t.nodes.filter((n) => n.parentId === id).sort((a, b) => a.order - b.order);
    const walk = (id: string, position: string | null): MmNode => ({
      text: visible(t.nodes.find((n) => n.id === id)!.text),
      position,
      children: kids(id).map((c) => walk(c.id, null)),
    });
    const root = t.nodes.find((n) => n.parentId === null)!;
    const above = t.kind === 'problem-tree' ? 'consequence' : 'end';
    return { ...walk(root.id, null), children: kids(root.id).map((c) => ({ ...walk(c.id, null), position: c.kind === above ? 'left' : 'right' })) };
  }

  it('parses back into the same tree, hostile texts and line breaks intact', () => {
    for (const t of [hostileTree('problem-tree'), hostileTree('goal-tree'), bigTree(300)]) {
      const xml = buildTreeMm(t);
      expect(xml).not.toContain('<script>');
      expect(readMm(xml)).toEqual(expected(t));
    }
  });
});

describe('tree Markdown and JSON', () => {
  it('outlines the tree under the branch headings with every node, nothing becoming markup', () => {
    const t = hostileTree();
    const md = buildTreeMarkdown(t, 'ru');
    expect(md).toMatch(/^# /);
    expect(md).toContain('## Последствия');
    expect(md).toContain('## Причины');
    expect(md).not.toMatch(/<script|<img|(?<!\\)\]\(javascript:/);
    expect(md.split('\n').filter((l) => /^\s*- /.test(l))).toHaveLength(t.nodes.length - 1);
    // eslint-disable-next-line no-control-regex -- control characters are what these checks are about.
    expect(md).not.toMatch(/[\u0001\uFFFE]/);
    const big = buildTreeMarkdown(bigTree(300), 'en');
    expect(big.split('\n').filter((l) => /^\s*- /.test(l))).toHaveLength(299);
    expect(big).toContain('## Consequences');
  });

  it('JSON carries the schema, kind, title and every node with parent and order', () => {
    const t = hostileTree('goal-tree');
    const back = JSON.parse(buildTreeJson(t)) as TreeExport;
    expect(back.schema).toBe(TREE_SCHEMA);
    expect(back.kind).toBe('goal-tree');
    expect(back.nodes).toEqual(t.nodes);
    expect(Object.keys(back.nodes[0]!).sort()).toEqual(['id', 'kind', 'order', 'parentId', 'text']);
  });
});
