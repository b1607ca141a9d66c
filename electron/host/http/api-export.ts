import type { Route } from './route';

export const exportRoutes: Route[] = [];
