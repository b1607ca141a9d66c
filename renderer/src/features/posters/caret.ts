/**
 * Where a caret at `caret` in `before` belongs once a remote edit turned the text into `after`.
 * Poster fields are whole strings in a Y.Map (not Y.Text), so the edit is recovered by the longest
 * common prefix and suffix: a caret before the change stays, one after it moves by the change's length.
 */
export function caretAfter(before: string, after: string, caret: number): number {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  if (caret <= prefix) return Math.min(caret, after.length);
  if (caret >= before.length - suffix) return Math.max(0, Math.min(after.length, caret + after.length - before.length));
  return after.length - suffix;
}
