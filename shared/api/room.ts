import { z } from 'zod';
import { stanceSchema } from '../domain/vocabulary';

/**
 * The room (现场互动): members' own phones on the LAN listener. These are the schemas of its
 * channels; the channels themselves and who may call them are in contract.ts.
 */

/** Ids a phone makes up itself (a join request, a ballot): short, URL-safe, nothing else. */
export const phoneIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

/** A member id as the roster has it (the core's idSchema allows the same). */
const memberIdSchema = z.string().min(1).max(80);

/** The room as the chair sees it: where phones join, who waits, which phones are joined. */
export const roomStatusSchema = z.object({
  enabled: z.boolean(),
  meetingId: z.string().nullable(),
  /** Join URLs with the room token, one per LAN address of this machine. */
  urls: z.array(z.string()),
  /** The first URL as a QR code (SVG markup), for the projector and the console. */
  qrSvg: z.string().nullable(),
  /** Six digits typed by hand at /join (rate-limited). */
  shortCode: z.string().nullable(),
  waiting: z.array(
    z.object({
      joinId: z.string(),
      memberId: z.string(),
      name: z.string(),
      requestedAt: z.number(),
    }),
  ),
  devices: z.array(
    z.object({
      memberId: z.string(),
      name: z.string(),
      connected: z.boolean(),
      joinedAt: z.number(),
      how: z.enum(['slip', 'room']),
    }),
  ),
});
export type RoomStatus = z.infer<typeof roomStatusSchema>;

/** What the projector shows of the room while it is on: never a personal code. */
export const roomDisplaySchema = z.object({
  qrSvg: z.string(),
  url: z.string(),
  shortCode: z.string(),
});
export type RoomDisplay = z.infer<typeof roomDisplaySchema>;

export const roomSetRequestSchema = z
  .object({ enabled: z.boolean(), meetingId: z.string().min(1).max(80).nullable() })
  .strict();

export const joinRosterSchema = z.object({
  meetingTitle: z.string(),
  members: z.array(z.object({ memberId: z.string(), name: z.string() })),
});

export const joinRequestSchema = z
  .object({ memberId: memberIdSchema, joinId: phoneIdSchema })
  .strict();

/** Pushed to the one guest socket that asked: the chair's answer, and the phone's key if yes. */
export const joinDecidedSchema = z.object({
  joinId: z.string(),
  accepted: z.boolean(),
  deviceKey: z.string().nullable(),
});

export const requestFloorSchema = z
  .object({ stance: stanceSchema.optional(), pointOfOrder: z.boolean().optional() })
  .strict();

export const participantVoteSchema = z
  .object({
    voteId: memberIdSchema,
    ballotId: phoneIdSchema,
    choice: z.string().min(1).max(80),
  })
  .strict();

/** A participant's command was recorded (saved: false while the disk refuses and it retries). */
export const participantDoneSchema = z.object({ saved: z.boolean() });

/** The phone's ballot went into the record (or into the ballot box, for a secret vote). */
export const participantCountedSchema = z.object({ counted: z.literal(true) });

export const personalQrRequestSchema = z.object({ memberId: memberIdSchema }).strict();

/**
 * One member's own join URL and its QR code, for the chair's screen only (a member who walks up
 * scans it there): never pushed, never on the projector or the LAN page.
 */
export const personalQrSchema = z.object({
  memberId: z.string(),
  name: z.string(),
  url: z.string(),
  qrSvg: z.string(),
});
export type PersonalQr = z.infer<typeof personalQrSchema>;
