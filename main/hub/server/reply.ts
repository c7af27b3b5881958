import type { ServerResponse } from 'node:http';
import { HUB_HEADERS } from './headers';
import type { HubReply } from './route';

/** Writes a reply with the hub's headers; `close` asks the client to drop the connection. */
export function sendReply(response: ServerResponse, reply: HubReply, close = false): void {
  if (response.headersSent) {
    response.end();
    return;
  }
  const headers: Record<string, string> = { ...HUB_HEADERS };
  if (reply.setCookie) headers['Set-Cookie'] = reply.setCookie;
  if (close) headers.Connection = 'close';
  if ('json' in reply) {
    const body = Buffer.from(JSON.stringify(reply.json), 'utf8');
    headers['Content-Type'] = 'application/json; charset=utf-8';
    response.writeHead(reply.status, headers).end(body);
    return;
  }
  headers['Content-Type'] = reply.contentType;
  if (reply.fileName) headers['Content-Disposition'] = attachment(reply.fileName);
  response.writeHead(reply.status, headers).end(reply.bytes);
}

/**
 * A download's name, Chinese included: an ASCII fallback (`filename`) for old clients and the
 * UTF-8 name (`filename*`, RFC 6266/5987) that every current browser uses.
 */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
