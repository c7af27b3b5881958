import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ErrorNote';

type Props = Readonly<{ busy: boolean; saved: string | null; source: string; testId: string }>;

/** Under a group of export buttons: working, the file just saved, or why it failed. */
export function ExportStatus({ busy, saved, source, testId }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {busy ? <p className="muted">{t('ui:chair.close.exporting')}</p> : null}
      {saved ? (
        <p className="muted" role="status" data-testid={testId}>
          {/* The desktop app asked where to save; a browser put it in its downloads, so say so. */}
          {t(
            window.yishitingChair ? 'ui:chair.close.exportDone' : 'ui:chair.close.exportDownloaded',
            {
              file: saved,
            },
          )}
        </p>
      ) : null}
      <ErrorNote source={source} />
    </>
  );
}
