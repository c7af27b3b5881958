import './zod-config';
import { startEarlySocket } from './api/early-socket';
import { socketUrl } from './api/socket-url';
import { parseRoute } from './route';

// The page's first script, a few hundred bytes: the chair console in a browser opens its socket
// and asks for the meeting list now, so the backend's answer travels while React, the catalogues
// and the contract download and run (index.html preloads them beside this script). The Electron
// window talks through its preload bridge instead, and the projector pages only receive pushes.
const route = parseRoute(location);
if (route.view === 'chair' && !window.yishitingChair) startEarlySocket(socketUrl(route));
void import('./main');
