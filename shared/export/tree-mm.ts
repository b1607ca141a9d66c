import { xmlAttr } from './sanitize';
import type { TreeExport, TreeExportNode, TreeIndex } from './tree-data';
import { branchKinds, indexTree } from './tree-data';
import { KIND_COLORS, TREE_STYLE } from './tree-style';
import type { Lang } from './labels';
import { nodeShown } from './node-hint';

/**
 * FreeMind 1.0 map (`.mm`), which Freeplane opens natively and XMind imports: the central node,
 * consequences/results as left branches and causes/tasks as right ones (POSITION is only allowed
 * on the root's children). Every text goes through `xmlAttr`, so quotes, `<`, `]]>` and line
 * breaks survive as text and illegal control characters are dropped.
 */
export function buildTreeMm(t: TreeExport, lang: Lang = 'ru'): string {
  const idx = indexTree(t);
  const out = ['<map version="1.0.1">'];
  if (idx.root) {
    const ids = mmIds(t.nodes);
    const { above } = branchKinds(t.kind);
    out.push(`<node ${attrs(idx.root, ids, lang)}>`);
    for (const child of idx.children.get(idx.root.id) ?? []) {
      writeSubtree(idx, child, ids, lang, child.kind === above ? 'left' : 'right', out);
    }
    out.push('</node>');
  }
  out.push('</map>');
  return `${out.join('\n')}\n`;
}

function attrs(n: TreeExportNode, ids: Map<string, string>, lang: Lang, position?: string): string {
  const pos = position ? ` POSITION="${position}"` : '';
  const { shown, muted } = nodeShown(n, lang);
  // An empty node shows its hint in grey (node-hint.ts), never an empty bubble.
  const color = muted ? ` COLOR="${TREE_STYLE.hint}"` : '';
  return `TEXT="${xmlAttr(shown)}" ID="${ids.get(n.id)!}"${pos}${color} BACKGROUND_COLOR="${KIND_COLORS[n.kind].fill}"`;
}

/** Iterative so a very deep chain cannot overflow the stack; closes each node after its subtree. */
function writeSubtree(idx: TreeIndex, start: TreeExportNode, ids: Map<string, string>, lang: Lang, position: string, out: string[]): void {
  const stack: ({ open: TreeExportNode; pos?: string } | { close: true })[] = [{ open: start, pos: position }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('close' in item) {
      out.push('</node>');
      continue;
    }
    const kids = idx.children.get(item.open.id) ?? [];
    if (kids.length === 0) {
      out.push(`<node ${attrs(item.open, ids, lang, item.pos)}/>`);
      continue;
    }
    out.push(`<node ${attrs(item.open, ids, lang, item.pos)}>`);
    stack.push({ close: true });
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ open: kids[i]! });
  }
}

/** FreeMind ids must be XML names and unique; node ids from a hostile client may be neither. */
function mmIds(nodes: readonly TreeExportNode[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  nodes.forEach((n, i) => {
    let id = `ID_${n.id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 64)}`;
    if (used.has(id)) id = `ID_n${i}`;
    used.add(id);
    out.set(n.id, id);
  });
  return out;
}
