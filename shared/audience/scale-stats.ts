/**
 * A scale question's answers as a distribution: how many chose each value, overall and within each
 * stakeholder group, with the mean. Pure: the host computes it from the person rooms and publishes it.
 */
export type ScaleAnswer = { value: number; group: string | null };
export type GroupDistribution = { group: string | null; counts: number[]; count: number; mean: number | null };
export type ScaleDistribution = { min: number; max: number; overall: number[]; count: number; mean: number | null; byGroup: GroupDistribution[] };

const meanOf = (counts: number[], min: number): number | null => {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n === 0) return null;
  const sum = counts.reduce((a, c, i) => a + c * (min + i), 0);
  return Math.round((sum / n) * 100) / 100;
};

/** Values outside [min, max] or not whole are not counted (the host has already dropped them). */
export function scaleDistribution(answers: readonly ScaleAnswer[], min: number, max: number, groupOrder: readonly string[] = []): ScaleDistribution {
  const size = max - min + 1;
  const overall = new Array<number>(size).fill(0);
  const groups = new Map<string | null, number[]>();
  for (const a of answers) {
    if (!Number.isInteger(a.value) || a.value < min || a.value > max) continue;
    overall[a.value - min]!++;
    let g = groups.get(a.group);
    if (!g) groups.set(a.group, (g = new Array<number>(size).fill(0)));
    g[a.value - min]!++;
  }
  const rank = (g: string | null) => (g === null ? Number.MAX_SAFE_INTEGER : groupOrder.indexOf(g) === -1 ? groupOrder.length : groupOrder.indexOf(g));
  const byGroup = [...groups]
    .map(([group, counts]) => ({ group, counts, count: counts.reduce((a, b) => a + b, 0), mean: meanOf(counts, min) }))
    .sort((a, b) => rank(a.group) - rank(b.group) || String(a.group).localeCompare(String(b.group)));
  return { min, max, overall, count: overall.reduce((a, b) => a + b, 0), mean: meanOf(overall, min), byGroup };
}
