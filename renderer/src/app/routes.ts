import { lazy } from 'react';
import type { Role } from '@shared/access';

// Each role's screen is its own chunk; route-modules.ts names them for the build checks.

export const LibraryPage = lazy(() => import('../features/library/LibraryPage').then((m) => ({ default: m.LibraryPage })));
export const ConsolePage = lazy(() => import('../features/console/ConsolePage').then((m) => ({ default: m.ConsolePage })));
export const ProjectorPage = lazy(() => import('../features/projector/ProjectorPage').then((m) => ({ default: m.ProjectorPage })));
export const JoinPage = lazy(() => import('../features/join/JoinPage').then((m) => ({ default: m.JoinPage })));
const loadParticipant = () => import('../features/participant/ParticipantPage');
const loadJury = () => import('../features/jury/JuryPage');
export const ParticipantPage = lazy(() => loadParticipant().then((m) => ({ default: m.ParticipantPage })));
export const JuryPage = lazy(() => loadJury().then((m) => ({ default: m.JuryPage })));

/**
 * Starts downloading the screen a role lands on after joining, while its owner is still typing a
 * name: on a slow venue Wi-Fi the board then opens as soon as the host answers. Failures are left
 * to the real navigation, which retries and shows the error boundary.
 */
export function preloadHome(role: Role): void {
  const load = role === 'participant' ? loadParticipant : role === 'juror' ? loadJury : null;
  void load?.().catch(() => undefined);
}
export const DesktopMenu = lazy(() => import('./DesktopMenu').then((m) => ({ default: m.DesktopMenu })));
