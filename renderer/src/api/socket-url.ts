import type { ScreenRoute } from '../route';

/** The backend's WebSocket for this window, on the host that served the page. */
export function socketUrl(
  route: ScreenRoute,
  where: Pick<Location, 'protocol' | 'host'> = location,
) {
  const scheme = where.protocol === 'https:' ? 'wss:' : 'ws:';
  const path =
    route.view === 'lan' ? `/ws/lan?token=${encodeURIComponent(route.token)}` : `/ws/${route.view}`;
  return `${scheme}//${where.host}${path}`;
}
