import { useTranslation } from 'react-i18next';
import { buildMinutes } from '../../../../shared/documents/minutes';
import { DocumentInputError } from '../../../../shared/documents/errors';
import type { DocumentModel } from '../../../../shared/documents/model';
import type { Locale } from '../../../../shared/i18n';
import { useAppStore } from '../../store/context';
import { derive } from '../../store/derived';
import { useLocale } from '../format';
import { DocumentView } from './DocumentView';

type Built = Readonly<{ model: DocumentModel } | { error: DocumentInputError }>;

/** The minutes from the same builder the PDF export lays out, once per snapshot and language. */
function minutesOf(state: Parameters<typeof buildMinutes>[0], locale: Locale): Built {
  return derive(state, `minutes:${locale}`, (s) => {
    try {
      // Times on the meeting's own clock (its recorded zone), as in the exported PDF.
      return { model: buildMinutes(s, { locale }) };
    } catch (cause) {
      if (cause instanceof DocumentInputError) return { error: cause };
      throw cause;
    }
  });
}

/** 会议记录预览: the document model of the minutes, shown as a page. */
export function MinutesPreview() {
  const { t } = useTranslation();
  const locale = useLocale();
  const built = useAppStore((store) =>
    store.snapshot ? minutesOf(store.snapshot.state, locale) : null,
  );
  if (!built) return null;
  return (
    <section className="panel minutes" aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t('ui:chair.minutes.heading')}</h2>
      <p className="muted">{t('ui:chair.minutes.draftNote')}</p>
      {'model' in built ? (
        <div data-testid="minutes-preview">
          <DocumentView model={built.model} />
        </div>
      ) : (
        <p className="error-note" role="alert">
          {t(built.error.key, built.error.params)}
        </p>
      )}
    </section>
  );
}
