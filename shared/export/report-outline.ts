import type { Lang } from './labels';
import { labelsFor } from './labels';
import type { ListItem } from './report-model';
import type { TreeExport } from './tree-data';
import { branchKinds, indexTree } from './tree-data';
import { nodeShown } from './node-hint';

/** A tree as report list items: the root, then each branch's heading and its nodes, indented by depth. */
export function treeOutlineItems(t: TreeExport, lang: Lang): ListItem[] {
  const L = labelsFor(lang);
  const idx = indexTree(t);
  if (!idx.root) return [];
  const out: ListItem[] = [{ text: `${L.nodeKind[idx.root.kind]}: ${nodeShown(idx.root, lang).shown}`, depth: 0 }];
  const { above, below } = branchKinds(t.kind);
  for (const kind of [above, below]) {
    const top = (idx.children.get(idx.root.id) ?? []).filter((n) => n.kind === kind);
    if (top.length === 0) continue;
    out.push({ text: L.branch[kind as keyof typeof L.branch], depth: 0 });
    const stack = top.map((n) => ({ n, depth: 1 })).reverse();
    while (stack.length > 0) {
      const { n, depth } = stack.pop()!;
      out.push({ text: nodeShown(n, lang).shown, depth });
      const kids = idx.children.get(n.id) ?? [];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ n: kids[i]!, depth: depth + 1 });
    }
  }
  return out;
}
