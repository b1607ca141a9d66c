import type { Route } from './api';

export const agendaRoutes: Route[] = [];
