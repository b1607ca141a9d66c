/** Poster session, facilitator's side: setup, the gallery walk, what the projector shows, nominations. */
export const posterConsole = {
  posterConsole: {},
} as const;
