/**
 * The audience instruments (questions with upvotes, a scale question, an open question). Kept free of
 * imports so that both the rooms table (access.ts) and the plan (doc/plan.ts) can name them.
 * Participants never write these boards: they answer in their own person rooms and the host publishes
 * what everyone may see (docs/protocol.md, "Audience instruments").
 */
export const AUDIENCE_BOARD_KINDS = ['questions', 'scale', 'open-question'] as const;
export type AudienceBoardKind = (typeof AUDIENCE_BOARD_KINDS)[number];

export const isAudienceKind = (kind: unknown): kind is AudienceBoardKind => (AUDIENCE_BOARD_KINDS as readonly unknown[]).includes(kind);
