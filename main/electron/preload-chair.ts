import { contextBridge, ipcRenderer } from 'electron';
import { pushChannels, requestChannels, type PushChannel } from '../../shared/api';
import { IPC_PUSH_PREFIX, IPC_REQUEST_PREFIX } from './ipc-gate';

// One function per request channel of the contract; ipcRenderer itself is never exposed.
const api: Record<string, unknown> = {};
for (const channel of Object.keys(requestChannels)) {
  api[channel] = (request: unknown) => ipcRenderer.invoke(IPC_REQUEST_PREFIX + channel, request);
}
api.subscribe = (channel: PushChannel, listener: (payload: unknown) => void) => {
  if (!Object.hasOwn(pushChannels, channel)) return () => undefined;
  const wrapped = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(IPC_PUSH_PREFIX + channel, wrapped);
  return () => ipcRenderer.removeListener(IPC_PUSH_PREFIX + channel, wrapped);
};

contextBridge.exposeInMainWorld('yishitingChair', api);
