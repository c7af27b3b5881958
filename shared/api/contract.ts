import { z } from 'zod';
import {
  commandInputSchema,
  participantSelfSchema,
  projectorViewSchema,
  type MeetingEvent,
  type MeetingState,
} from '../domain';
import { followupRequests, followupResponses } from '../followup/api';
import {
  hubLinkRequests,
  hubLinkStatusSchema,
  hubSendResultSchema,
  hubSyncResultSchema,
} from './hub-link';
import { issuingBodySchema } from '../documents/issuing-body';
import { lineOf } from '../domain/commands/fields';
import { LOCALES } from '../i18n/types';
import type { Result as KernelResult } from '../kernel/result';
import { apiErrorSchema } from './errors';
import { lazyTable } from '../lazy';
import { MAX_FRAME_BYTES } from './wire';
import type { Role } from './roles';
import {
  joinDecidedSchema,
  joinRequestSchema,
  joinRosterSchema,
  participantCountedSchema,
  participantDoneSchema,
  participantVoteSchema,
  personalQrRequestSchema,
  personalQrSchema,
  phoneIdSchema,
  requestFloorSchema,
  roomDisplaySchema,
  roomSetRequestSchema,
  roomStatusSchema,
} from './room';

/**
 * The process boundary, declared once. Every request channel maps to a zod request and response
 * schema and to the roles allowed to call it; both carriers (Electron IPC and WebSocket) parse
 * every payload with these schemas before it reaches the backend.
 */

export const meetingIdSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_-]+$/);

export const meetingSummarySchema = z.object({
  meetingId: meetingIdSchema,
  title: z.string(),
  date: z.string(),
  status: z.enum(['draft', 'open', 'closed']),
  updatedAt: z.number(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;

/**
 * Whether the meeting's changes reach the disk: saved while it takes writes (a change is pushed as
 * its sync starts and acknowledged once it ends); not saved, with the records still pending and
 * the reason, while the disk refuses them. The chair sees this, not a guess.
 */
export const saveStatusSchema = z.object({
  saved: z.boolean(),
  pending: z.number().int().nonnegative(),
  error: apiErrorSchema.nullable(),
});
export type SaveStatus = z.infer<typeof saveStatusSchema>;

/**
 * Main sends the meeting state it produced itself: the renderer trusts its own backend, so the
 * state is typed but not re-parsed on every change (it can be large and changes at 60 Hz).
 */
const meetingStateSchema = z.custom<MeetingState>(
  (value) => typeof value === 'object' && value !== null,
);

export const meetingSnapshotSchema = z.object({
  meetingId: meetingIdSchema,
  state: meetingStateSchema,
  save: saveStatusSchema,
  /** What storage found and repaired when it opened the meeting (a restored backup, a torn line). */
  recovery: z.array(apiErrorSchema).optional(),
});
export type MeetingSnapshot = z.infer<typeof meetingSnapshotSchema>;

const ok = <T extends z.ZodType>(value: T) => z.object({ ok: z.literal(true), value });
const failed = z.object({ ok: z.literal(false), error: apiErrorSchema });
/** Every response is a result: errors are data with a code, never a thrown string. */
export const resultSchema = <T extends z.ZodType>(value: T) => z.union([ok(value), failed]);

type Channel<Req extends z.ZodType, Res extends z.ZodType> = Readonly<{
  request: Req;
  response: Res;
  roles: readonly Role[];
}>;
const channel = <Req extends z.ZodType, Res extends z.ZodType>(
  request: Req,
  response: Res,
  roles: readonly Role[] = ['chair'],
): Channel<Req, Res> => ({ request, response, roles });

/** How the projector shows the view: chosen by the chair, not part of the meeting record. */
export const projectorControlSchema = z.object({
  /** A black screen, e.g. during a break or while the chair prepares a vote. */
  blank: z.boolean(),
  /** Keep showing the picture of this moment (timers stop too) until unfrozen. */
  frozenAt: z.number().nullable(),
  theme: z.enum(['light', 'dark']),
  /** The room's language, independent of the chair's console; null: the window's own choice. */
  locale: z.enum(LOCALES).nullable(),
});
export type ProjectorControl = z.infer<typeof projectorControlSchema>;

/** The LAN display as the chair sees it: where it is reachable and with which token. */
export const lanStatusSchema = z.object({
  enabled: z.boolean(),
  /** One URL per LAN address of this machine, each with the current token. */
  urls: z.array(z.string()),
  /** The first URL as a QR code (SVG markup) for phones and TVs in the room. */
  qrSvg: z.string().nullable(),
  connected: z.number().int().nonnegative(),
});
export type LanStatus = z.infer<typeof lanStatusSchema>;

/**
 * The desktop app's projector window as the chair console sees it. `available` is false in the
 * browser version, where the projector is a page the chair drags to the projector screen.
 */
export const projectorWindowSchema = z.object({
  available: z.boolean(),
  open: z.boolean(),
  fullscreen: z.boolean(),
  /** Displays connected, and which one (1-based) shows the projector window. */
  displays: z.number().int().nonnegative(),
  display: z.number().int().positive().nullable(),
});
export type ProjectorWindowStatus = z.infer<typeof projectorWindowSchema>;
export const projectorWindowActionSchema = z.enum([
  'show',
  'close',
  'toggleFullscreen',
  'moveToNextDisplay',
]);
export type ProjectorWindowAction = z.infer<typeof projectorWindowActionSchema>;

/** A file carried over the API (a PDF or an archive): small enough to pass through a socket. */
export const fileSchema = z.object({ fileName: z.string(), base64: z.string() });

export const exportRequestSchema = z
  .object({
    meetingId: meetingIdSchema,
    /** 'slips': one personal QR code per member to cut out (needs the room on; never archived). */
    kind: z.enum(['minutes', 'notice', 'signin', 'slips']),
    locale: z.enum(['zh-CN', 'zh-TW', 'en']),
    voteId: z.string().max(80).optional(),
    itemId: z.string().max(80).optional(),
    /** Notice: the day it is posted (YYYY-MM-DD); default today on the laptop's clock (UTC+8). */
    postedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    attendeeSignatures: z.boolean().optional(),
    /** Notice: which disclosure stage it makes public (default resolution). */
    noticeKind: z.enum(['proposal', 'resolution', 'implementation']).optional(),
    /** Notice: where and to whom objections go in writing; a field left out prints 【待填写】. */
    objection: z
      .object({
        address: z.string().trim().max(200),
        phone: z.string().trim().max(50),
        contact: z.string().trim().max(50),
      })
      .partial()
      .strict()
      .optional(),
    /** Notice: names of the papers posted with it (附件：…), in order. */
    attachments: z.array(lineOf(100)).max(20).optional(),
    /** Sign-in sheet: the blank one to print before the meeting (no recorded times). */
    blank: z.boolean().optional(),
    /** Sign-in sheet: print each person's phone (private; only when the chair ticks it). */
    phone: z.boolean().optional(),
  })
  .strict();

/** This installation's signing certificate, as settings show it. */
export const identityStatusSchema = z.object({
  fingerprint: z.string().nullable(),
  subject: z.string().nullable(),
  source: z.enum(['selfSigned', 'imported']).nullable(),
  /** How the private key is kept: OS keychain, a passphrase, or only the file's permissions. */
  protection: z.enum(['keychain', 'passphrase', 'fileMode']).nullable(),
  /** Why it cannot sign yet (see main/signing/keyring.ts), or null when it can. */
  locked: z.enum(['passphrase', 'choosePassphrase', 'desktopOnly']).nullable(),
  /** The OS keychain protects keys here (desktop app): import then needs no passphrase. */
  keychain: z.boolean(),
});

/**
 * The issuing body as settings hold it, and why it shows defaults: never saved ('missing'), or
 * the file could not be read and was set aside ('corrupt', with the name it was kept under).
 */
export const issuingSettingsSchema = z.object({
  issuingBody: issuingBodySchema,
  notice: z
    .object({ kind: z.enum(['missing', 'corrupt']), keptAs: z.string().nullable() })
    .nullable(),
});
export type IssuingSettings = z.infer<typeof issuingSettingsSchema>;

/** What "verify a document" answers: the verdict, and who signed when with which key. */
export const verdictSchema = z.object({
  status: z.enum(['valid', 'modified', 'notSigned', 'unknownSigner', 'unreadable']),
  signer: z.string().nullable(),
  signedAt: z.number().nullable(),
  fingerprint: z.string().nullable(),
});

// Each channel's schemas are built when it is first used (shared/lazy.ts): the console's first
// screen loads this table but calls four channels.
export const requestChannels = lazyTable({
  'meetings/list': () => channel(z.object({}).strict(), z.array(meetingSummarySchema)),
  'meetings/create': () =>
    channel(
      z.object({ command: commandInputSchema }).strict(),
      z.object({ meetingId: meetingIdSchema }),
    ),
  'meetings/openDemo': () =>
    channel(
      z.object({ seedId: z.string().min(1).max(80) }).strict(),
      z.object({ meetingId: meetingIdSchema }),
    ),
  /** True once per data folder, on its first start: the console then opens a demo meeting. */
  'meetings/firstRun': () => channel(z.object({}).strict(), z.object({ first: z.boolean() })),
  'meetings/listDemos': () =>
    channel(z.object({}).strict(), z.array(z.object({ seedId: z.string(), title: z.string() }))),
  'meeting/open': () =>
    channel(z.object({ meetingId: meetingIdSchema }).strict(), meetingSnapshotSchema),
  'meeting/dispatch': () =>
    channel(
      z.object({ meetingId: meetingIdSchema, command: commandInputSchema }).strict(),
      // saved: false when the disk refused the write; the store keeps it and retries.
      z.object({ version: z.number().int(), saved: z.boolean() }),
    ),
  'meetings/importScript': () =>
    channel(z.object({ script: z.unknown() }).strict(), z.object({ meetingId: meetingIdSchema })),
  'meetings/exportArchive': () =>
    channel(z.object({ meetingId: meetingIdSchema }).strict(), fileSchema),
  'meetings/importArchive': () =>
    channel(
      z
        .object({
          base64: z.string().max(MAX_FRAME_BYTES),
          /** Asked again with this when the meeting exists: never overwritten silently. */
          onExists: z.enum(['replace', 'copy']).optional(),
        })
        .strict(),
      z.object({ status: z.enum(['imported', 'exists']), meetingId: meetingIdSchema }),
    ),
  'documents/export': () => channel(exportRequestSchema, fileSchema),
  'signing/status': () => channel(z.object({}).strict(), identityStatusSchema),
  'signing/create': () => channel(z.object({}).strict(), identityStatusSchema),
  'signing/import': () =>
    channel(
      z
        .object({
          base64: z.string().max(1_000_000),
          // Secrets are taken exactly as typed: never trimmed.
          password: z.string().max(200),
          /** Protects the stored key where no OS keychain does; never stored. */
          passphrase: z.string().max(200).optional(),
        })
        .strict(),
      identityStatusSchema,
    ),
  /** Opens a passphrase-protected key until the app stops. */
  'signing/unlock': () =>
    channel(z.object({ passphrase: z.string().max(200) }).strict(), identityStatusSchema),
  /** The issuing body (发文单位, addressees, 监督电话, contact, objection channel). */
  'settings/get': () => channel(z.object({}).strict(), issuingSettingsSchema),
  'settings/save': () =>
    channel(z.object({ issuingBody: issuingBodySchema }).strict(), issuingSettingsSchema),
  /** A new self-signed certificate named after the 发文单位; the old one stays trusted. */
  'signing/reissue': () => channel(z.object({}).strict(), identityStatusSchema),
  'documents/verify': () =>
    channel(z.object({ base64: z.string().max(MAX_FRAME_BYTES) }).strict(), verdictSchema),
  // Follow-through across meetings (民事民办, 民事民评); schemas live with the follow-up core.
  'followup/state': () =>
    channel(followupRequests['followup/state'], followupResponses['followup/state']),
  'followup/board': () =>
    channel(followupRequests['followup/board'], followupResponses['followup/board']),
  'followup/dispatch': () =>
    channel(followupRequests['followup/dispatch'], followupResponses['followup/dispatch']),
  'followup/importMeeting': () =>
    channel(
      followupRequests['followup/importMeeting'],
      followupResponses['followup/importMeeting'],
    ),
  'followup/putOnAgenda': () =>
    channel(followupRequests['followup/putOnAgenda'], followupResponses['followup/putOnAgenda']),
  'followup/evaluate': () =>
    channel(followupRequests['followup/evaluate'], followupResponses['followup/evaluate']),
  'followup/satisfactionVotes': () =>
    channel(
      followupRequests['followup/satisfactionVotes'],
      followupResponses['followup/satisfactionVotes'],
    ),
  'followup/exportNotice': () =>
    channel(followupRequests['followup/exportNotice'], followupResponses['followup/exportNotice']),
  // 报送街道办: this installation's link to the street office's hub (shared/api/hub-link.ts).
  'hubLink/status': () => channel(hubLinkRequests.status, hubLinkStatusSchema),
  'hubLink/enrol': () => channel(hubLinkRequests.enrol, hubLinkStatusSchema),
  'hubLink/send': () =>
    channel(
      hubLinkRequests.send,
      z.object({ results: z.array(hubSendResultSchema), missing: z.array(z.number()) }),
    ),
  'hubLink/sync': () => channel(hubLinkRequests.sync, hubSyncResultSchema),
  'projector/setControl': () =>
    channel(
      z
        .object({
          blank: z.boolean().optional(),
          frozen: z.boolean().optional(),
          theme: z.enum(['light', 'dark']).optional(),
          locale: z.enum(LOCALES).nullable().optional(),
        })
        .strict(),
      projectorControlSchema,
    ),
  'projectorWindow/status': () => channel(z.object({}).strict(), projectorWindowSchema),
  'projectorWindow/act': () =>
    channel(z.object({ action: projectorWindowActionSchema }).strict(), projectorWindowSchema),
  'lan/status': () => channel(z.object({}).strict(), lanStatusSchema),
  'lan/set': () => channel(z.object({ enabled: z.boolean() }).strict(), lanStatusSchema),
  'lan/rotateToken': () => channel(z.object({}).strict(), lanStatusSchema),
  // The room (现场互动): the chair turns it on for a meeting and confirms who joins.
  'room/status': () => channel(z.object({}).strict(), roomStatusSchema),
  'room/set': () => channel(roomSetRequestSchema, roomStatusSchema),
  'room/rotate': () => channel(z.object({}).strict(), roomStatusSchema),
  'room/confirm': () => channel(z.object({ joinId: phoneIdSchema }).strict(), roomStatusSchema),
  'room/reject': () => channel(z.object({ joinId: phoneIdSchema }).strict(), roomStatusSchema),
  'room/release': () =>
    channel(z.object({ memberId: z.string().min(1).max(80) }).strict(), roomStatusSchema),
  // A member's own join QR on the chair's screen (a member who walks up): the chair's alone.
  'room/personalQr': () => channel(personalQrRequestSchema, personalQrSchema),
  // A phone with the room code, not yet confirmed: the roster's names, and asking to join.
  'join/roster': () => channel(z.object({}).strict(), joinRosterSchema, ['guest']),
  'join/request': () =>
    channel(joinRequestSchema, z.object({ status: z.literal('waiting') }), ['guest']),
  // A member's own phone. The member is the socket's (its device key), never the payload's.
  'participant/signIn': () =>
    channel(z.object({}).strict(), participantDoneSchema, ['participant']),
  'participant/requestFloor': () =>
    channel(requestFloorSchema, participantDoneSchema, ['participant']),
  'participant/withdraw': () =>
    channel(z.object({}).strict(), participantDoneSchema, ['participant']),
  'participant/vote': () =>
    channel(participantVoteSchema, participantCountedSchema, ['participant']),
});

export type RequestChannel = keyof typeof requestChannels;
/** What a window sends (before parsing). */
export type RequestOf<C extends RequestChannel> = z.input<(typeof requestChannels)[C]['request']>;
/** What a handler receives (after the gate parsed it). */
export type ParsedRequestOf<C extends RequestChannel> = z.output<
  (typeof requestChannels)[C]['request']
>;
export type ResponseOf<C extends RequestChannel> = z.infer<(typeof requestChannels)[C]['response']>;
/** Every answer: a value or the one error shape (the kernel's Result over `Problem`). */
export type Result<T> = KernelResult<T>;

/**
 * A change to a meeting as the events the core produced: a window holding the snapshot of the
 * version before folds them with the same pure `apply`, instead of receiving the whole state
 * (hundreds of KB for a large meeting) on every click. A gap in versions means: fetch a snapshot.
 */
export const meetingChangeSchema = z.object({
  meetingId: meetingIdSchema,
  /** The state's version after these events. */
  version: z.number().int(),
  events: z.array(z.custom<MeetingEvent>((value) => typeof value === 'object' && value !== null)),
  save: saveStatusSchema,
});
export type MeetingChange = z.infer<typeof meetingChangeSchema>;

/** Pushes from main to the windows; each names the roles that may receive it. */
export const pushChannels = lazyTable({
  'meeting/changed': () => ({ payload: meetingChangeSchema, roles: ['chair'] as const }),
  'projector/view': () => ({
    // serverTime lets a display whose clock differs (a TV, a phone) run the countdown in step.
    payload: z.object({
      view: projectorViewSchema.nullable(),
      serverTime: z.number(),
      control: projectorControlSchema,
      /** The room's QR and short code while it is on for the meeting shown; never a personal code. */
      room: roomDisplaySchema.nullable(),
    }),
    roles: ['projector', 'lan', 'participant'] as const,
  }),
  // The chair console only needs how the projector shows the view, not the view itself.
  'projector/control': () => ({ payload: projectorControlSchema, roles: ['chair'] as const }),
  /** The follow-up registry changed (another window, an import): boards fetch again. */
  'followup/changed': () => ({
    payload: z.object({ version: z.number().int() }),
    roles: ['chair'] as const,
  }),
  /** The room changed (someone waits, a phone joined or left, codes rotated). */
  'room/status': () => ({ payload: roomStatusSchema, roles: ['chair'] as const }),
  /** To the one guest socket that asked (main sends it to that socket, not through the hub). */
  'join/decided': () => ({ payload: joinDecidedSchema, roles: ['guest'] as const }),
  /** To each participant socket, its own member's view (main sends it per socket). */
  'participant/self': () => ({ payload: participantSelfSchema, roles: ['participant'] as const }),
});

export type PushChannel = keyof typeof pushChannels;
export type PushOf<P extends PushChannel> = z.infer<(typeof pushChannels)[P]['payload']>;

export function isRequestChannel(name: unknown): name is RequestChannel {
  return typeof name === 'string' && Object.hasOwn(requestChannels, name);
}

export function mayCall(role: Role, name: RequestChannel): boolean {
  return requestChannels[name].roles.includes(role);
}

export function mayReceive(role: Role, name: PushChannel): boolean {
  return (pushChannels[name].roles as readonly Role[]).includes(role);
}
