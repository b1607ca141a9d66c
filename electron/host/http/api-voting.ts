import type { Route } from './api';

export const votingRoutes: Route[] = [];
