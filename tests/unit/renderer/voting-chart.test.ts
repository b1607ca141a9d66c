import { describe, expect, it } from 'vitest';
import type { StakeholderGroup } from '@shared/doc/plan';
import type { VoteResults } from '@shared/doc/voting';
import { NO_GROUP, tally } from '@shared/voting/tally';
import { GROUP_PALETTE, NO_GROUP_COLOR, chartData, groupColor, groupOrder, shortText } from '../../../renderer/src/features/voting/chart-data';

const groups: StakeholderGroup[] = [
  { id: 'residents', label: null },
  { id: 'authorities', label: null },
  { id: 'ngo', label: null },
  { id: 'youth', label: 'Школьники' },
];

const items = [
  { boardId: 'b1', itemId: 'bus' },
  { boardId: 'b1', itemId: 'school' },
  { boardId: 't1', itemId: 'root' },
];
const texts = { 'b1:bus': 'Нет автобуса до Ошевенска', 'b1:school': 'Пустует здание школы', 't1:root': 'Отток молодёжи' };

function closed(ballots: Parameters<typeof tally>[0]): VoteResults {
  const t = tally(ballots, { items, perPerson: 3, maxPerItem: 2 }, texts);
  return { ...t, state: 'closed', title: 'Что берём в работу', eligible: 6, closedAt: 1, perPerson: 3 };
}

describe('vote results chart data', () => {
  const results = closed([
    { personId: 'a', group: 'youth', raw: { 'b1:bus': 2, 't1:root': 1 } },
    { personId: 'b', group: 'residents', raw: { 'b1:bus': 1, 'b1:school': 2 } },
    { personId: 'c', group: null, raw: { 'b1:bus': 1 } },
    { personId: 'd', group: 'guests', raw: { 't1:root': 2 } },
  ]);

  it('keeps the host rank order and totals, and splits each bar by group in the plan order', () => {
    const data = chartData(results, groups);
    expect(data.rows.map((r) => [r.key, r.rank, r.total])).toEqual([
      ['b1:bus', 1, 4],
      ['t1:root', 2, 3],
      ['b1:school', 3, 2],
    ]);
    const bus = data.rows[0]!;
    expect(bus.segments.map((s) => [s.group, s.value, s.start])).toEqual([
      ['residents', 1, 0],
      ['youth', 2, 1],
      [NO_GROUP, 1, 3],
    ]);
    expect(bus.segments.reduce((n, s) => n + s.value, 0)).toBe(bus.total);
    expect(data.max).toBe(4);
  });

  it('every bar adds up to its total, for every row', () => {
    for (const row of chartData(results, groups).rows) expect(row.segments.reduce((n, s) => n + s.value, 0)).toBe(row.total);
  });

  it('lists in the legend only groups that gave dots: plan groups first, unknown ones by id, "no group" last', () => {
    const data = chartData(results, groups);
    expect(data.legend.map((l) => l.group)).toEqual(['residents', 'youth', 'guests', NO_GROUP]);
    expect(groupOrder(groups, results)).toEqual(['residents', 'authorities', 'ngo', 'youth', 'guests', NO_GROUP]);
  });

  it('gives a group the same colour in every bar and in the legend, and grey to people without a group', () => {
    const data = chartData(results, groups);
    const colours = new Map<string, Set<string>>();
    for (const row of data.rows) for (const s of row.segments) colours.set(s.group, (colours.get(s.group) ?? new Set()).add(s.color));
    for (const l of data.legend) expect([...colours.get(l.group)!]).toEqual([l.color]);
    expect(groupColor(NO_GROUP, groupOrder(groups, results))).toBe(NO_GROUP_COLOR);
    expect(groupColor('residents', ['residents'])).toBe(GROUP_PALETTE[0]);
    // More groups than colours: the palette repeats rather than failing.
    const many = Array.from({ length: GROUP_PALETTE.length + 2 }, (_, i) => `g${i}`);
    expect(groupColor(`g${GROUP_PALETTE.length}`, many)).toBe(GROUP_PALETTE[0]);
  });

  it('a vote nobody voted in draws empty bars without dividing by zero', () => {
    const data = chartData(closed([]), groups);
    expect(data.max).toBe(1);
    expect(data.rows.every((r) => r.total === 0 && r.segments.length === 0)).toBe(true);
    expect(data.legend).toEqual([]);
  });

  it('ignores malformed counts in a published result instead of drawing negative bars', () => {
    const bad = { ...results, items: [{ ...results.items[0]!, byGroup: { residents: -3, youth: 2 } }] } as VoteResults;
    expect(chartData(bad, groups).rows[0]!.segments.map((s) => s.group)).toEqual(['youth']);
  });

  it('cuts long item texts for the label at a word-agnostic limit and keeps short ones whole', () => {
    expect(shortText('  Нет   автобуса ')).toBe('Нет автобуса');
    const long = 'Проблема '.repeat(40);
    const cut = shortText(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith('…')).toBe(true);
  });
});
