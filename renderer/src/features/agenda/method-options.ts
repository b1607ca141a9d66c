import type { StageMethod } from '@shared/doc/agenda';
import type { BoardKind } from '@shared/doc/plan';
import { AUDIENCE_BOARD_KINDS } from '@shared/audience/kinds';
import { ACTIVITY_KINDS } from '@shared/session/agenda-template';
import { GRID_TEMPLATE_IDS } from '@shared/session/grid-templates';

/**
 * A stage's method as one value of a <select>: `board:<kind>`, `grid:<template>` or
 * `activity:<kind>`. Pure both ways, so the form can round-trip any method it shows.
 */
export type MethodValue = string;

const BOARD_KINDS_PLAIN: readonly BoardKind[] = ['cards', 'problem-tree', 'goal-tree', 'passport', 'matrix'];

export const METHOD_VALUES: readonly MethodValue[] = [
  ...GRID_TEMPLATE_IDS.map((id) => `grid:${id}`),
  ...BOARD_KINDS_PLAIN.map((k) => `board:${k}`),
  ...AUDIENCE_BOARD_KINDS.map((k) => `board:${k}`),
  ...ACTIVITY_KINDS.map((a) => `activity:${a}`),
];

export function methodToValue(m: StageMethod): MethodValue {
  if (m.kind === 'activity') return `activity:${m.activity}`;
  if (m.boardKind === 'grid') return `grid:${m.template ?? GRID_TEMPLATE_IDS[0]}`;
  return `board:${m.boardKind}`;
}

/** Unknown values fall back to a plain card board rather than failing the form. */
export function valueToMethod(value: MethodValue, perTeam: boolean): StageMethod {
  const [kind, rest = ''] = value.split(':', 2) as [string, string | undefined];
  if (kind === 'activity' && (ACTIVITY_KINDS as readonly string[]).includes(rest)) {
    return { kind: 'activity', activity: rest as (typeof ACTIVITY_KINDS)[number] };
  }
  if (kind === 'grid' && (GRID_TEMPLATE_IDS as readonly string[]).includes(rest)) {
    return { kind: 'board', boardKind: 'grid', template: rest, perTeam };
  }
  if (kind === 'board' && (AUDIENCE_BOARD_KINDS as readonly string[]).includes(rest)) {
    return { kind: 'board', boardKind: rest as BoardKind, template: null, perTeam };
  }
  if (kind === 'board' && (BOARD_KINDS_PLAIN as readonly string[]).includes(rest)) {
    return { kind: 'board', boardKind: rest as BoardKind, template: null, perTeam };
  }
  return { kind: 'board', boardKind: 'cards', template: null, perTeam };
}
