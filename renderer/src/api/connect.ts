import type { ApiClient } from '../../../shared/api';
import type { Route } from '../route';
import { createWsClient } from './ws-client';
import { createChairIpcClient, createProjectorIpcClient } from './ipc-client';

/** Electron windows get their preload bridge; a browser (npm run serve, LAN) uses the WebSocket. */
export function connect(route: Route): ApiClient {
  if (route.view === 'chair' && window.yishitingChair)
    return createChairIpcClient(window.yishitingChair);
  if (route.view === 'projector' && window.yishitingProjector) {
    return createProjectorIpcClient(window.yishitingProjector);
  }
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const path =
    route.view === 'lan' ? `/ws/lan?token=${encodeURIComponent(route.token)}` : `/ws/${route.view}`;
  return createWsClient(`${scheme}//${location.host}${path}`);
}
