// What the stand-in `electron` module saw while the built main process ran: every call in order,
// the objects the probes need later (windows, handlers) and anything the real Electron would have
// refused. Kept apart from the API surface so the probes read one plain object.

/** Everything recorded in this process; probes.mjs turns it into the report. */
export const state = {
  /** Every API call in order: { api, args, ready }. */
  calls: [],
  ready: false,
  /** BrowserWindow stand-ins, in the order they were created. */
  windows: [],
  /** Every WebContents passed to the app's 'web-contents-created' listeners. */
  createdContents: [],
  /** channel → handler, and every channel name passed to ipcMain.handle (duplicates kept). */
  ipcHandlers: new Map(),
  ipcHandled: [],
  /** scheme → handler from protocol.handle. */
  protocolHandlers: new Map(),
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  /** Members read on a stand-in object that it does not implement: the stand-in must grow. */
  unknownApi: [],
  /** Calls the real Electron refuses (for instance a BrowserWindow before 'ready'). */
  violations: [],
  /** Uncaught errors and unhandled rejections of the main process. */
  errors: [],
  quitCalled: false,
};

/** A JSON-safe copy: functions and buffers are named, cycles cut, long strings shortened. */
export function plain(value, seen = new Set()) {
  if (typeof value === 'function') return '[function]';
  if (typeof value === 'string') return value.length > 500 ? `${value.slice(0, 500)}…` : value;
  if (value === null || typeof value !== 'object') return value;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return `[bytes ${value.length}]`;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => plain(item, seen));
  const copy = {};
  for (const [key, item] of Object.entries(value)) copy[key] = plain(item, seen);
  return copy;
}

export function record(api, args = []) {
  state.calls.push({ api, args: plain(args), ready: state.ready });
}

/** Records a call the real Electron would refuse, and refuses it the same way. */
export function refuse(api, message) {
  state.violations.push(`${api}: ${message}`);
  throw new Error(`${api}: ${message}`);
}

// Members every object answers without being an Electron API (promise checks, inspection).
const HARMLESS = new Set(['then', 'toJSON', 'constructor', 'inspect', 'asymmetricMatch']);

/**
 * Wraps a stand-in so reading a member it lacks is recorded: if main starts to use an Electron
 * API the stand-in does not know, the test says so instead of passing over it.
 */
export function strict(target, name) {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === 'string' && !(property in object) && !HARMLESS.has(property)) {
        state.unknownApi.push(`${name}.${property}`);
      }
      return Reflect.get(object, property, receiver);
    },
  });
}
