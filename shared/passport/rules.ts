import type { PassportList, PassportTextField } from './model';

/**
 * Field rules of the application form (docs/passport.md): which answers a grant portal refuses to
 * submit without, and how long each may be. Lengths are in characters with spaces, as portals count
 * them. One table, read by validation, the editor's counters and the docs.
 */
export type FieldRule = { required: boolean; max: number };

export const FIELD_RULES: Readonly<Record<PassportTextField, FieldRule>> = {
  name: { required: true, max: 300 },
  direction: { required: true, max: 300 },
  summary: { required: true, max: 3_000 },
  geography: { required: true, max: 1_000 },
  problem: { required: true, max: 5_000 },
  relevance: { required: true, max: 5_000 },
  causes: { required: false, max: 5_000 },
  consequences: { required: false, max: 5_000 },
  goal: { required: true, max: 1_000 },
  qualitativeResults: { required: true, max: 3_000 },
  budgetNote: { required: false, max: 2_000 },
  orgName: { required: true, max: 500 },
  orgOgrn: { required: true, max: 15 },
  orgInn: { required: true, max: 12 },
  orgAddress: { required: true, max: 500 },
  resources: { required: false, max: 3_000 },
  prospects: { required: false, max: 3_000 },
};

/** Tables that must have at least one row, and the cells every row of them must fill. */
export const LIST_RULES: Readonly<Record<PassportList, { required: boolean; cells: readonly string[] }>> = {
  groups: { required: true, cells: ['name', 'description'] },
  tasks: { required: true, cells: ['text'] },
  calendar: { required: true, cells: ['activity', 'start', 'end', 'result'] },
  quantitative: { required: true, cells: ['indicator', 'target', 'unit'] },
  budget: { required: true, cells: ['category', 'requested'] },
  team: { required: true, cells: ['name', 'role', 'experience'] },
  risks: { required: false, cells: ['risk', 'mitigation'] },
  media: { required: true, cells: ['channel', 'content'] },
  partners: { required: false, cells: ['name'] },
};
