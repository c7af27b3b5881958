import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, RequestOf } from '../../../../shared/api';
import { isLocale } from '../../../../shared/i18n';
import { saveFile } from '../../settings/files';
import { useAppStore } from '../../store/context';

type Saved =
  { ok: true; value: { fileName: string; base64: string } } | { ok: false; error: ApiError };

/** What an export screen asks for; the meeting and the language come from the console. */
export type PdfRequest = Omit<RequestOf<'documents/export'>, 'meetingId' | 'locale'>;

/**
 * Exports from the console: runs one export at a time, saves the file (a download in a browser,
 * a save dialog in the desktop app) and reports its error under `source`, next to its buttons.
 */
export function useExport(source: string) {
  const { i18n } = useTranslation();
  const api = useAppStore((state) => state.api);
  const meetingId = useAppStore((state) => state.snapshot?.meetingId ?? '');
  const reportError = useAppStore((state) => state.reportError);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const run = async (work: () => Promise<Saved>, type: string) => {
    setBusy(true);
    setSaved(null);
    const result = await work();
    setBusy(false);
    reportError(source, result.ok ? null : result.error);
    if (!result.ok) return;
    saveFile(result.value.fileName, result.value.base64, type);
    setSaved(result.value.fileName);
  };

  const exportPdf = (request: PdfRequest) =>
    run(
      () =>
        api.call('documents/export', {
          meetingId,
          locale: isLocale(i18n.language) ? i18n.language : 'zh-CN',
          ...request,
        }),
      'application/pdf',
    );

  const exportArchive = () =>
    run(() => api.call('meetings/exportArchive', { meetingId }), 'application/zip');

  return { busy, saved, exportPdf, exportArchive };
}
