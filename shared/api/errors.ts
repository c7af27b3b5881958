import { z } from 'zod';
import { problem, type Problem } from '../errors';

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

export const apiError: (code: string, params?: Record<string, string | number>) => ApiError =
  problem;
