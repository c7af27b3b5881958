import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/context';
import { ErrorNote } from './ErrorNote';

/** The announcement the chair types for the room; it appears on every projector at once. */
export function DisplayMessage() {
  const { t } = useTranslation();
  const current = useAppStore((state) => state.snapshot?.state.display?.text ?? '');
  const send = useAppStore((state) => state.send);
  const [draft, setDraft] = useState('');
  const show = () =>
    void send('display', { type: 'display/setMessage', text: draft }).then((ok) => {
      if (ok) setDraft('');
    });
  return (
    <section className="panel" aria-labelledby="display-heading">
      <h2 id="display-heading">{t('ui:display.heading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          show();
        }}
      >
        <label htmlFor="display-message">{t('ui:display.label')}</label>
        <div className="row">
          <input
            id="display-message"
            value={draft}
            maxLength={500}
            onChange={(event) => setDraft(event.target.value)}
          />
          {/* Not a submit button: submitting makes Chromium read the form for autofill, which
              lays out the whole page first (6 ms with a room of 500 on screen) before the
              message leaves. Enter in the field still submits the form (one text field). */}
          <button type="button" onClick={show}>
            {t('ui:display.show')}
          </button>
          <button
            type="button"
            disabled={!current}
            onClick={() => void send('display', { type: 'display/clearMessage' })}
          >
            {t('ui:display.clear')}
          </button>
        </div>
      </form>
      {current ? (
        <p className="muted">
          {t('ui:display.current')}
          {current}
        </p>
      ) : null}
      <ErrorNote source="display" />
    </section>
  );
}
