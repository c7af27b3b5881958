import { readFile } from 'node:fs/promises';
import type { Translate } from '../../shared/i18n';
import { describeError } from '../../shared/i18n/describe-error';
import { decodeText } from '../../shared/text/decode';

export type ReadScript =
  Readonly<{ ok: true; script: unknown }> | Readonly<{ ok: false; message: string }>;

/**
 * A meeting script file as people save it: UTF-8 with or without a BOM, UTF-16 with a BOM, or
 * GBK from a Chinese Windows editor, decoded by the one shared decoder and then parsed as JSON.
 * Bytes in no readable encoding are refused in words naming the problem, never turned into
 * replacement characters that would end up in the stored minutes.
 */
export async function readScriptFile(file: string, t: Translate): Promise<ReadScript> {
  const cannot = (reason: string): ReadScript => ({
    ok: false,
    message: t('ui:cli.unreadable', { file, reason }),
  });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return cannot((error as Error).message);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return cannot(describeError(t, decoded.error));
  try {
    return { ok: true, script: JSON.parse(decoded.text) as unknown };
  } catch (error) {
    return cannot((error as Error).message);
  }
}
