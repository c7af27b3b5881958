import { dashboardRoutes } from '../dashboard/routes';
import { communityRoutes } from './community-routes';
import { failureLimiter, LOGIN_LIMIT } from './rate-limit';
import type { HubContext, HubRoute } from './route';
import { staffRoutes } from './staff-routes';

/**
 * Every route of the hub: staff sign-in, the community app's endpoints, the dashboard's API.
 * The login limiter is the server's own (one per server, counted on its clock).
 */
export function allHubRoutes(context: HubContext): readonly HubRoute[] {
  const clock = () => context.now().getTime();
  return [
    ...staffRoutes(failureLimiter(LOGIN_LIMIT), clock),
    ...communityRoutes,
    ...dashboardRoutes,
  ];
}
