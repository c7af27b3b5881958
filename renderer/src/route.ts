/** Which window this page is: the chair console, the local projector, or a LAN display. */
export type Route =
  | { readonly view: 'chair' }
  | { readonly view: 'projector' }
  | { readonly view: 'lan'; readonly token: string };

/**
 * Electron loads every window from app://yishiting/ and the Node server from http://host/, so the
 * route is read from the path alone; `?token=` only matters for the LAN display.
 */
export function parseRoute(location: Pick<Location, 'pathname' | 'search'>): Route {
  const path = location.pathname.replace(/\/+$/, '');
  if (path.endsWith('/projector')) return { view: 'projector' };
  if (path.endsWith('/lan')) {
    const token = new URLSearchParams(location.search).get('token') ?? '';
    return { view: 'lan', token };
  }
  return { view: 'chair' };
}
