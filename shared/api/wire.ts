import { z } from 'zod';
import { apiErrorSchema } from './errors';

/**
 * Frames of the WebSocket carrier. Electron IPC carries the same request and response payloads
 * (parsed by the same channel schemas); only the envelope differs.
 */
export const clientFrameSchema = z
  .object({
    id: z.number().int().nonnegative(),
    channel: z.string().max(64),
    request: z.unknown(),
  })
  .strict();
export type ClientFrame = z.infer<typeof clientFrameSchema>;

export const serverFrameSchema = z.union([
  z.object({
    kind: z.literal('response'),
    id: z.number().int(),
    result: z.union([
      z.object({ ok: z.literal(true), value: z.unknown() }),
      z.object({ ok: z.literal(false), error: apiErrorSchema }),
    ]),
  }),
  z.object({ kind: z.literal('push'), channel: z.string(), payload: z.unknown() }),
]);
export type ServerFrame = z.infer<typeof serverFrameSchema>;

/**
 * Upper bound for one frame from the chair, the only role that uploads. The largest real request
 * is an archive import: tests/bench/frame-sizes.ts measured 1.46 MB (a four-hour meeting with
 * 200 members, 40 votes and every PDF the console exports for it: a 1.09 MB zip in base64); a
 * signed PDF to verify is at most 0.33 MB. 16 MiB leaves eleven times that for larger bodies.
 */
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

/**
 * Upper bound for one frame from the projector or a LAN display. Their pages send no request at
 * all (they only receive pushes; the gate refuses every channel to them), so anything beyond a
 * small request frame is hostile. The pushes they receive are not limited by this (the largest
 * projector view measured was 88 KB).
 */
export const MAX_VIEWER_FRAME_BYTES = 4 * 1024;

/**
 * Upper bound for one frame from a phone (a guest or a participant). Its largest request is a
 * ballot or a join request, well under 300 bytes; 2 KiB leaves room and nothing more.
 */
export const MAX_PHONE_FRAME_BYTES = 2 * 1024;
