import { HubLinkError } from './errors';

/**
 * The hub's address as the chair typed it, checked and made canonical: an http(s) URL with no
 * user name or password in it (a password in an address ends up in logs and on screens), no
 * query or fragment. Paths are kept (a hub behind a reverse proxy under /hub/), without the
 * trailing slash, so endpoint paths are appended to it.
 */
export function hubAddress(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new HubLinkError('hubLink.badAddress');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new HubLinkError('hubLink.badAddress');
  if (url.username !== '' || url.password !== '' || url.hostname === '')
    throw new HubLinkError('hubLink.badAddress');
  if (url.search !== '' || url.hash !== '') throw new HubLinkError('hubLink.badAddress');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
