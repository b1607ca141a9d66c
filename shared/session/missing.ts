/**
 * Who has not yet written in an open private round or voted in an open vote: the facilitator's
 * `GET /api/events/:id/missing` (facilitators only; participants never learn who else is missing).
 * Names only; nothing about what anyone wrote or how they voted.
 */
export type MissingPerson = { personId: string; name: string };
export type MissingInVote = { voteId: string; title: string; missing: MissingPerson[] };
export type MissingInRound = { boardId: string; title: string; missing: MissingPerson[] };
export type MissingReport = { votes: MissingInVote[]; rounds: MissingInRound[] };
