import { apiError } from '../../../shared/api';
import type { AreaHandlers } from './area';
import type { HandlerContext } from './context';

/**
 * The issuing body's settings (发文单位, addressees, 监督电话, contact, objection channel), kept
 * beside the data (main/settings/issuing-body-file.ts). The gate has parsed and checked a save.
 */
export function settingsHandlers({
  deps,
}: HandlerContext): AreaHandlers<'settings/get' | 'settings/save'> {
  const unavailable = () =>
    Promise.resolve({ ok: false as const, error: apiError('settings.unavailable') });
  const settings = deps.settings;
  if (!settings) return { 'settings/get': unavailable, 'settings/save': unavailable };
  return {
    'settings/get': async () => ({ ok: true, value: await settings.get() }),
    'settings/save': async ({ issuingBody }) => {
      try {
        return { ok: true, value: await settings.save(issuingBody) };
      } catch (error) {
        // The disk refused the write: the file on disk stays as it was.
        return {
          ok: false,
          error: apiError('settings.saveFailed', { reason: String((error as Error).message) }),
        };
      }
    },
  };
}
