/**
 * The event formats. Apart from plan.ts so that code which only
 * names a format (the join page's API schemas) does not pull Yjs into a phone's first download.
 */
export const EVENT_FORMATS = ['strategy', 'posters', 'championship'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];
