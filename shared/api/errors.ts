import { z } from 'zod';

/**
 * One error shape crosses every boundary (core, storage, carriers): a code and its parameters.
 * The renderer and the CLI turn it into words through the message catalogue, in the user's language.
 */
export const apiErrorSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export function apiError(code: string, params: Record<string, string | number> = {}): ApiError {
  return { code, params };
}
