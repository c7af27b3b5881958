import type { IncomingMessage } from 'node:http';

// A request body read up to a limit. A declared Content-Length over the limit is refused before a
// byte is read; a chunked body is counted as it arrives and dropped at the limit, so a 2 GB upload
// never sits in memory.

export type BodyRead =
  Readonly<{ ok: true; bytes: Buffer }> | Readonly<{ ok: false; reason: 'tooLarge' | 'aborted' }>;

/** True when the request says in advance that its body is larger than `limit`. */
export function declaredTooLarge(request: IncomingMessage, limit: number): boolean {
  const declared = request.headers['content-length'];
  return declared !== undefined && Number(declared) > limit;
}

export function readBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  if (declaredTooLarge(request, limit)) return Promise.resolve({ ok: false, reason: 'tooLarge' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyRead) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onError);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        // Stop reading: the reply closes the connection (server.ts sends Connection: close).
        request.pause();
        finish({ ok: false, reason: 'tooLarge' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish({ ok: true, bytes: Buffer.concat(chunks, size) });
    const onError = () => finish({ ok: false, reason: 'aborted' });
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('aborted', onError);
  });
}
