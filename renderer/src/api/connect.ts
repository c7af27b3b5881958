import type { ApiClient } from '../../../shared/api';
import type { ScreenRoute } from '../route';
import { takeEarlySocket } from './early-socket';
import { afterFirstScreen } from '../first-screen';
import { createWsClient, loadRequestSchemas } from './ws-client';
import { createChairIpcClient, createProjectorIpcClient } from './ipc-client';
import { socketUrl } from './socket-url';

/** Electron windows get their preload bridge; a browser (npm run serve, LAN) uses the WebSocket. */
export function connect(route: ScreenRoute): ApiClient {
  if (route.view === 'chair' && window.yishitingChair)
    return createChairIpcClient(window.yishitingChair);
  if (route.view === 'projector' && window.yishitingProjector) {
    return createProjectorIpcClient(window.yishitingProjector);
  }
  const url = socketUrl(route);
  // boot.ts may have opened it already and asked for the home screen's lists.
  const client = createWsClient(url, takeEarlySocket(url));
  // Ready before the chair's first click, without delaying the first screen.
  afterFirstScreen(() => void loadRequestSchemas());
  return client;
}
