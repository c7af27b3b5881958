import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeText } from '../../../shared/text/decode';
import { fileToBase64 } from '../settings/files';
import { useAppStore } from '../store/context';
import { ErrorNote } from './ErrorNote';
import type { ApiError } from '../../../shared/api';

/**
 * Brings in a meeting: a meeting script (.json, the format of the demos) or an archive (.zip) made
 * on another machine. An archive of a meeting that is already here is never imported over it
 * without the chair's answer.
 */
export function ImportMeeting() {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const openMeeting = useAppStore((state) => state.openMeeting);
  const refreshMeetings = useAppStore((state) => state.refreshMeetings);
  const [pending, setPending] = useState<string | null>(null);

  const finish = async (
    result:
      | { ok: true; value: { meetingId: string; status?: 'imported' | 'exists' } }
      | { ok: false; error: ApiError },
    base64?: string,
  ) => {
    reportError('import', result.ok ? null : result.error);
    if (!result.ok) return;
    if (result.value.status === 'exists' && base64) {
      setPending(base64);
      return;
    }
    setPending(null);
    await refreshMeetings();
    await openMeeting(result.value.meetingId);
  };

  const choose = async (file: File) => {
    if (file.name.toLowerCase().endsWith('.json')) {
      // Not file.text(): that reads everything as UTF-8, turning a GBK script into U+FFFD.
      const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
      if (!decoded.ok) {
        reportError('import', decoded.error);
        return;
      }
      let script: unknown;
      try {
        script = JSON.parse(decoded.text) as unknown;
      } catch {
        reportError('import', { code: 'import.notJson', params: { file: file.name } });
        return;
      }
      await finish(await api.call('meetings/importScript', { script }));
      return;
    }
    const base64 = await fileToBase64(file);
    await finish(await api.call('meetings/importArchive', { base64 }), base64);
  };

  const answer = async (onExists: 'replace' | 'copy') => {
    if (!pending) return;
    await finish(await api.call('meetings/importArchive', { base64: pending, onExists }));
  };

  return (
    <section aria-labelledby="import-meeting-heading" className="panel">
      <h2 id="import-meeting-heading">{t('ui:chair.home.import')}</h2>
      <p className="muted">{t('ui:chair.home.importHint')}</p>
      <label>
        {t('ui:chair.home.importFile')}
        <input
          type="file"
          accept=".json,.zip,application/json,application/zip"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void choose(file);
            event.target.value = '';
          }}
        />
      </label>
      {pending ? (
        <div className="import-exists" role="alertdialog" aria-labelledby="import-exists-text">
          <p id="import-exists-text">{t('ui:chair.home.importExists')}</p>
          <div className="row wrap">
            <button type="button" onClick={() => void answer('copy')}>
              {t('ui:chair.home.importCopy')}
            </button>
            <button type="button" className="danger" onClick={() => void answer('replace')}>
              {t('ui:chair.home.importReplace')}
            </button>
            <button type="button" className="secondary" onClick={() => setPending(null)}>
              {t('ui:chair.home.importCancel')}
            </button>
          </div>
        </div>
      ) : null}
      <ErrorNote source="import" />
    </section>
  );
}
