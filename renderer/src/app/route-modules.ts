/**
 * The role screens of routes.ts, each loaded on first visit. The chunk names are what the build budget
 * (tests/unit/build-budget.test.ts) and the e2e network check read from the manifest: the keys
 * are the source paths below (relative to renderer/), so moving a page means updating this too.
 */
export const ROUTE_MODULES = {
  library: 'src/features/library/LibraryPage.tsx',
  console: 'src/features/console/ConsolePage.tsx',
  projector: 'src/features/projector/ProjectorPage.tsx',
  join: 'src/features/join/JoinPage.tsx',
  participant: 'src/features/participant/ParticipantPage.tsx',
  jury: 'src/features/jury/JuryPage.tsx',
  desktopMenu: 'src/app/DesktopMenu.tsx',
} as const;
