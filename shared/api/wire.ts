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

/** Upper bound for one frame; an archive import (meeting plus its PDFs, base64) is the largest. */
export const MAX_FRAME_BYTES = 48 * 1024 * 1024;
