import type { Route } from './route';

export const championshipRoutes: Route[] = [];
