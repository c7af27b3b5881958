import { protocol } from 'electron';
import { loadStatic } from '../server/static-files';
import { SECURITY_HEADERS } from '../server/security';

/** Must run before app 'ready': app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from app://yishiting/ with the same file rules and CSP as the Node
 * server, instead of file://, which would give every page access to the whole disk's origin.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'yishiting' ? await loadStatic(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.type, ...SECURITY_HEADERS },
    });
  });
}
