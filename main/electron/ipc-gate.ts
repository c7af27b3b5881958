import { apiError, type Result, type Role } from '../../shared/api';

/** The origin every window of the app is loaded from (see protocol.ts). */
export const APP_ORIGIN = 'app://yishiting';

export type SenderInfo = Readonly<{
  /** URL of the frame that sent the message, as Electron reports it. */
  frameUrl: string | undefined;
  isMainFrame: boolean;
  /** Role of the window the message came from, looked up by its webContents id; null if unknown. */
  role: Role | null;
}>;

/**
 * Checks who sent an IPC message before the backend's own gate checks what it says: it must come
 * from the main frame of one of our windows, loaded from our own origin. Pure, so it is tested
 * without Electron.
 */
export function checkSender(sender: SenderInfo): Result<Role> {
  if (!sender.role) return { ok: false, error: apiError('ipc.unknownWindow') };
  if (!sender.isMainFrame) return { ok: false, error: apiError('ipc.notMainFrame') };
  let origin: string;
  try {
    origin = new URL(sender.frameUrl ?? '').origin;
  } catch {
    return { ok: false, error: apiError('ipc.foreignOrigin', { origin: String(sender.frameUrl) }) };
  }
  // app:// is not a special scheme for WHATWG URL, so origin is 'null': compare scheme and host.
  const url = new URL(sender.frameUrl ?? '');
  const ours = url.protocol === 'app:' && url.host === 'yishiting';
  if (!ours) return { ok: false, error: apiError('ipc.foreignOrigin', { origin }) };
  return { ok: true, value: sender.role };
}

/** Request channels are prefixed so they can never collide with Electron's own IPC names. */
export const IPC_REQUEST_PREFIX = 'yishiting:request:';
export const IPC_PUSH_PREFIX = 'yishiting:push:';

/** The parts of Electron's IpcMainInvokeEvent the check reads; plain data, so tests need no Electron. */
export type IpcEventLike = Readonly<{
  sender: Readonly<{ id: number; mainFrame: unknown }>;
  senderFrame: Readonly<{ url: string }> | null;
}>;

export type BackendHandle = (
  role: Role,
  channel: unknown,
  payload: unknown,
) => Promise<Result<unknown>>;

/**
 * The handler behind every `ipcMain.handle` of a request channel: the sender check first (our
 * window, its main frame, our origin), then the backend's gate (channel, role, schema). A message
 * that fails either never reaches a backend handler.
 */
export function ipcRequestHandler(
  handle: BackendHandle,
  roleOf: (webContentsId: number) => Role | null,
) {
  return (channel: string) =>
    (event: IpcEventLike, payload: unknown): Promise<Result<unknown>> => {
      const sender = checkSender({
        frameUrl: event.senderFrame?.url,
        isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
        role: roleOf(event.sender.id),
      });
      if (!sender.ok) return Promise.resolve(sender);
      return handle(sender.value, channel, payload);
    };
}
