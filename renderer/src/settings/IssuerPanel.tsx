import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuingSettings } from '../../../shared/api';
import {
  builtInAddressee,
  EMPTY_ISSUING_BODY,
  ISSUER_NAME_MAX,
  type IssuingBody,
} from '../../../shared/documents/issuing-body';
import { bodyKindSchema } from '../../../shared/domain/vocabulary';
import { ErrorNote } from '../chair/ErrorNote';
import '../styles/settings-issuer.css';
import { useAppStore } from '../store/context';

type Props = Readonly<{
  /** The first-run card: only the name, phones and contact; the rest stays in settings. */
  compact?: boolean;
  /** Told the saved 发文单位 when it loads and after each save (the certificate panel uses it). */
  onName?(name: string): void;
  /** Told once the settings are saved (the first-run card then goes away). */
  onSaved?(): void;
}>;

type Text = Readonly<{ label: string; value: string; max: number; set(value: string): void }>;

function Field({ label, value, max, set, placeholder }: Text & { placeholder?: string }) {
  return (
    <label>
      {label}
      <input
        value={value}
        maxLength={max}
        placeholder={placeholder}
        onChange={(event) => set(event.target.value)}
      />
    </label>
  );
}

/**
 * 发文单位 and what goes with it: the name printed on every notice and minutes and given to the
 * signing certificate, whom each body kind's notices address, 监督电话, a named contact and the
 * default objection channel. Saved beside the data (settings/save); a damaged file is said.
 */
export function IssuerPanel({ compact = false, onName, onSaved }: Props) {
  const { t } = useTranslation();
  const api = useAppStore((state) => state.api);
  const reportError = useAppStore((state) => state.reportError);
  const [body, setBody] = useState<IssuingBody>(EMPTY_ISSUING_BODY);
  const [notice, setNotice] = useState<IssuingSettings['notice']>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void api.call('settings/get', {}).then((result) => {
      if (!result.ok) return;
      setBody(result.value.issuingBody);
      setNotice(result.value.notice);
      onName?.(result.value.issuingBody.name);
    });
  }, [api, onName]);

  const patch = (change: Partial<IssuingBody>) => {
    setSaved(false);
    setBody((old) => ({ ...old, ...change }));
  };
  const text = (label: string, value: string, max: number, set: (v: string) => void): Text => ({
    label: t(label),
    value,
    max,
    set,
  });

  return (
    <form
      className="issuer-form"
      aria-labelledby={compact ? undefined : 'issuer-heading'}
      onSubmit={(event) => {
        event.preventDefault();
        void api.call('settings/save', { issuingBody: body }).then((result) => {
          reportError('issuer', result.ok ? null : result.error);
          if (!result.ok) return;
          setBody(result.value.issuingBody);
          setNotice(null);
          setSaved(true);
          onName?.(result.value.issuingBody.name);
          onSaved?.();
        });
      }}
    >
      {compact ? null : <h2 id="issuer-heading">{t('ui:issuer.heading')}</h2>}
      {notice?.kind === 'corrupt' ? (
        <p className="signing-locked" role="alert" data-testid="issuer-corrupt">
          {t('ui:issuer.corrupt', { file: notice.keptAs ?? 'settings.json' })}
        </p>
      ) : null}
      <p className="muted">{t('ui:issuer.explain')}</p>
      <Field
        {...text('ui:issuer.name', body.name, ISSUER_NAME_MAX, (name) => patch({ name }))}
        placeholder={t('ui:issuer.namePlaceholder')}
      />
      <Field
        {...text('ui:issuer.supervisionPhone', body.supervisionPhone, 50, (supervisionPhone) =>
          patch({ supervisionPhone }),
        )}
      />
      <div className="issuer-pair">
        <Field
          {...text('ui:issuer.contactName', body.contact.name, 30, (name) =>
            patch({ contact: { ...body.contact, name } }),
          )}
        />
        <Field
          {...text('ui:issuer.contactPhone', body.contact.phone, 50, (phone) =>
            patch({ contact: { ...body.contact, phone } }),
          )}
        />
      </div>
      {compact ? (
        <p className="muted">{t('ui:issuer.moreInSettings')}</p>
      ) : (
        <>
          <fieldset className="issuer-grid">
            <legend>{t('ui:issuer.addressees')}</legend>
            {bodyKindSchema.options.map((kind) => (
              <Field
                key={kind}
                {...text(`domain:bodyKind.${kind}`, body.addressees[kind] ?? '', 40, (line) =>
                  patch({ addressees: { ...body.addressees, [kind]: line } }),
                )}
                placeholder={t(`documents:noticeText.addressee.${builtInAddressee(kind)}`)}
              />
            ))}
          </fieldset>
          <fieldset className="issuer-grid">
            <legend>{t('ui:issuer.objection')}</legend>
            <Field
              {...text(
                'ui:chair.documents.objectionAddress',
                body.objection.address,
                200,
                (address) => patch({ objection: { ...body.objection, address } }),
              )}
            />
            <Field
              {...text('ui:chair.documents.objectionPhone', body.objection.phone, 50, (phone) =>
                patch({ objection: { ...body.objection, phone } }),
              )}
            />
            <Field
              {...text(
                'ui:chair.documents.objectionContact',
                body.objection.contact,
                50,
                (contact) => patch({ objection: { ...body.objection, contact } }),
              )}
            />
          </fieldset>
        </>
      )}
      <div className="row wrap">
        <button type="submit">{t('ui:issuer.save')}</button>
        {saved ? (
          <span role="status" className="muted">
            {t('ui:issuer.saved')}
          </span>
        ) : null}
      </div>
      <ErrorNote source="issuer" />
    </form>
  );
}
