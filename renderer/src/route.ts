/** Which window this page is: the chair console, the local projector, a LAN display, or a phone. */
export type Route =
  | { readonly view: 'chair' }
  | { readonly view: 'projector' }
  | { readonly view: 'lan'; readonly token: string }
  | {
      readonly view: 'join';
      /** The room token from the projector's QR code (room mode: the chair confirms). */
      readonly room?: string;
      /** A member's personal code from their slip (joins without confirmation). */
      readonly code?: string;
    };

/** The windows that talk through the chair, projector or LAN socket (the phone has its own). */
export type ScreenRoute = Exclude<Route, { view: 'join' }>;

/**
 * Electron loads every window from app://yishiting/ and the Node server from http://host/, so the
 * route is read from the path alone; `?token=` only matters for the LAN display, `?room=` and
 * `?code=` for the phone page.
 */
export function parseRoute(location: Pick<Location, 'pathname' | 'search'>): Route {
  const path = location.pathname.replace(/\/+$/, '');
  if (path.endsWith('/projector')) return { view: 'projector' };
  if (path.endsWith('/lan')) {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    return { view: 'lan', token };
  }
  if (path.endsWith('/join')) {
    const params = new URLSearchParams(location.search);
    const room = params.get('room');
    const code = params.get('code');
    return { view: 'join', ...(room ? { room } : {}), ...(code ? { code } : {}) };
  }
  return { view: 'chair' };
}
