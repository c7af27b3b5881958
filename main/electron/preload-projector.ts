import { contextBridge, ipcRenderer } from 'electron';
import { IPC_PUSH_PREFIX } from './ipc-gate';

// The projector may only listen to its own view: there is nothing here that could send a command.
contextBridge.exposeInMainWorld('yishitingProjector', {
  subscribeView(listener: (payload: unknown) => void) {
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(IPC_PUSH_PREFIX + 'projector/view', wrapped);
    return () => ipcRenderer.removeListener(IPC_PUSH_PREFIX + 'projector/view', wrapped);
  },
});
