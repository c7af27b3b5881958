// Placeholder until the dashboard's routes land (owned by the dashboard helper).
import type { HubRoute } from '../server/route';

export const dashboardRoutes: readonly HubRoute[] = [];
