import type { PassportSnapshot } from '../passport/model';
import { PASSPORT_LABELS } from '../passport/labels';
import type { PassportBlock, PassportExportOptions } from './passport-blocks';
import { passportBlocks, step } from './passport-blocks';

/**
 * The passport as CommonMark (GitHub tables). Every piece of user text is escaped, so a `#`, a
 * `<script>` or a `[link](javascript:…)` typed into a field stays literal text in any viewer.
 */
export function buildPassportMarkdown(p: PassportSnapshot, opts: PassportExportOptions = {}): string {
  const lang = opts.lang ?? 'ru';
  const empty = PASSPORT_LABELS[lang].empty;
  const blocks = passportBlocks(p, lang);
  const parts: string[] = [];
  for (const [i, block] of blocks.entries()) {
    step(opts, i, blocks.length);
    parts.push(renderBlock(block, empty));
  }
  step(opts, blocks.length, blocks.length);
  return `${parts.join('\n\n')}\n`;
}

/**
 * CommonMark lets any ASCII punctuation be backslash-escaped. Inline markup characters are escaped
 * everywhere; block markers (headings, list items, quotes, setext rules) only at the start of a
 * line, so dates and sentences stay readable in the raw file.
 */
export function escapeMarkdown(s: string, where: 'line' | 'inline' = 'line'): string {
  const inline = s.replace(/[\\`*_{}[\]<>|~&!]/g, (c) => `\\${c}`);
  if (where === 'inline') return inline;
  return inline.replace(/^(\s*)([#+-])(?=\s|$)|^(\s*)([=>])/, (_m, a, b, c, d) => `${a ?? c}\\${b ?? d}`).replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A multi-line text as Markdown lines: hard breaks kept, blank lines kept as paragraph breaks. */
const paragraphText = (s: string) =>
  s
    .split('\n')
    .map((l) => escapeMarkdown(l))
    .join('  \n');

/** In a table cell a line break would end the row: the lines are joined with <br>, our markup, not theirs. */
const cellText = (s: string) =>
  s
    .split('\n')
    .map((l) => escapeMarkdown(l))
    .join('<br>');

function renderBlock(block: PassportBlock, empty: string): string {
  switch (block.kind) {
    case 'title':
      return `# ${escapeMarkdown(block.text, 'inline')}`;
    case 'heading':
      return `## ${escapeMarkdown(block.text, 'inline')}`;
    case 'warnings':
      return `## ${escapeMarkdown(block.label, 'inline')}\n\n${escapeMarkdown(block.intro)}\n\n${block.items.map((t) => `- ${cellText(t)}`).join('\n')}`;
    case 'field':
      return `**${escapeMarkdown(block.label)}**\n\n${block.text === '' ? empty : paragraphText(block.text)}`;
    case 'list':
      return `**${escapeMarkdown(block.label)}**\n\n${block.items.length === 0 ? empty : block.items.map((t, i) => `${i + 1}. ${cellText(t)}`).join('\n')}`;
    case 'table': {
      const head = `| ${block.columns.map((l) => escapeMarkdown(l)).join(' | ')} |`;
      const rule = `|${block.columns.map(() => ' --- ').join('|')}|`;
      const rows =
        block.rows.length === 0
          ? [`| ${[empty, ...block.columns.slice(1).map(() => '')].join(' | ')} |`]
          : block.rows.map((r) => `| ${r.map(cellText).join(' | ')} |`);
      return [...(block.label ? [`**${escapeMarkdown(block.label)}**`, ''] : []), head, rule, ...rows].join('\n');
    }
  }
}
