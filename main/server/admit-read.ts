import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostAllowed, SECURITY_HEADERS, type HostPolicy } from './security';
import { requestUrl } from './socket-guards';

/**
 * The checks every HTTP request to a listener starts with, the app's and the LAN display's alike:
 * the security headers, this machine named in Host (against DNS rebinding), GET or HEAD only, and
 * a URL that parses. Returns the URL, or null after answering the request itself.
 */
export function admitRead(
  request: IncomingMessage,
  response: ServerResponse,
  policy: HostPolicy,
): URL | null {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  if (!hostAllowed(request, policy)) {
    response.writeHead(421).end('Misdirected request');
    return null;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return null;
  }
  const url = requestUrl(request);
  if (!url) response.writeHead(400).end();
  return url;
}
