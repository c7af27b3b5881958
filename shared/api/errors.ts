import { z } from 'zod';
import { problem, type Problem, type ProblemParams } from '../errors';

/**
 * One error shape crosses every boundary (core, storage, carriers): a code and its parameters.
 * The renderer and the CLI turn it into words through the message catalogue, in the user's language.
 */
export const apiErrorSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
}) satisfies z.ZodType<Problem>;
/** The wire's name for the one error shape (shared/errors.ts). */
export type ApiError = Problem;

/**
 * Every code the carriers, the backend and the windows raise themselves (the cores, storage and
 * text decoding have their own lists). Each has words in the 'ui:errors' namespace in all three
 * locales (tests check), and `apiError` only accepts these, so a typo does not compile.
 */
export const API_ERROR_CODES = [
  'api.unknownChannel',
  'api.forbidden',
  'api.malformed',
  'api.internal',
  'ipc.foreignOrigin',
  'ipc.notMainFrame',
  'ipc.unknownWindow',
  'meeting.unknown',
  'seeds.unknown',
  'seeds.invalid',
  'script.invalid',
  'documents.unavailable',
  'projectorWindow.unavailable',
  'lan.unavailable',
  'room.off',
  'room.meetingClosed',
  'room.deviceUnknown',
  'room.deviceHeld',
  'room.unknownJoin',
  'room.unknownMember',
  'room.notSecret',
  'room.unknownVote',
  'room.slowDown',
  'followup.unavailable',
  'settings.unavailable',
  'settings.saveFailed',
  'rosterFile.tooLarge',
  'rosterFile.xlsxExpands',
  'rosterFile.notXlsx',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** Builds an API error; params default to none so call sites stay short. */
export const apiError: (code: ApiErrorCode, params?: ProblemParams) => ApiError = problem;
