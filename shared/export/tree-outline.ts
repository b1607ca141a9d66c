import type { Lang } from './labels';
import { stripIllegalXml } from './sanitize';
import { labelsFor } from './labels';
import type { TreeExport, TreeExportNode, TreeIndex } from './tree-data';
import { branchKinds, indexTree } from './tree-data';
import { nodeShown } from './node-hint';

/**
 * Markdown outline of a tree: the central problem (goal), then the consequences (results) and
 * causes (tasks) as nested lists. Text is escaped so a card cannot inject headings, links, HTML or
 * images into whatever renders the Markdown.
 */
export function buildTreeMarkdown(t: TreeExport, lang: Lang): string {
  const L = labelsFor(lang);
  const idx = indexTree(t);
  const lines = [`# ${mdInline(t.title || L.treeKind[t.kind])}`, ''];
  if (!idx.root) return `${lines.join('\n')}\n`;
  lines.push(`**${L.nodeKind[idx.root.kind]}:** ${mdNode(idx.root, lang)}`, '');
  const kinds = branchKinds(t.kind);
  for (const kind of [kinds.above, kinds.below]) {
    const top = (idx.children.get(idx.root.id) ?? []).filter((n) => n.kind === kind);
    lines.push(`## ${L.branch[kind as keyof typeof L.branch]}`, '');
    for (const n of top) listItem(idx, n, 0, lines, lang);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Iterative on purpose: a 300-deep chain must not overflow the stack. */
function listItem(idx: TreeIndex, start: TreeExportNode, depth: number, out: string[], lang: Lang): void {
  const stack: [TreeExportNode, number][] = [[start, depth]];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    out.push(`${'  '.repeat(d)}- ${mdNode(n, lang)}`);
    const kids = idx.children.get(n.id) ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, d + 1]);
  }
}

/** A node's text, or its hint in italics (node-hint.ts) when nobody has written it. */
function mdNode(n: TreeExportNode, lang: Lang): string {
  const { shown, muted } = nodeShown(n, lang);
  return muted ? `*${mdInline(shown)}*` : mdInline(shown);
}

/**
 * One line of inert Markdown: line breaks become spaces (a list item is one line), HTML specials
 * become entities, inline punctuation is backslash-escaped (so `[x](javascript:…)` stays text), and
 * a leading block marker (`#`, `>`, `-`, `1.`) is escaped so the item cannot turn into a heading.
 */
export function mdInline(s: string): string {
  const line = stripIllegalXml(s)
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed.
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .trim()
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\\`*_[\]~|]/g, '\\$&');
  return line.replace(/^([#>+-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}
