/** Poster session, visitors' and teams' side: the poster editor, gallery, threads, offers, the team's inbox. */
export const posters = {
  posters: {},
} as const;
