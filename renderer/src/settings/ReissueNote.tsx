import { useTranslation } from 'react-i18next';
import type { IdentityStatus } from './identity-status';

type Props = Readonly<{
  identity: IdentityStatus;
  /** The 发文单位 saved in settings ('' when none). */
  issuerName: string;
  onReissue(): void;
}>;

/**
 * When the self-signed certificate bears another name than the saved 发文单位: a certificate's
 * name cannot change, so a new one is issued, only when the chair asks, since the fingerprint
 * printed on every document changes with it. Documents signed before still verify here.
 */
export function ReissueNote({ identity, issuerName, onReissue }: Props) {
  const { t } = useTranslation();
  const name = issuerName.trim();
  if (!name || identity.source !== 'selfSigned' || !identity.subject) return null;
  if (identity.subject === name) return null;
  return (
    <div className="signing-locked" data-testid="reissue-note">
      <p>{t('ui:issuer.reissueExplain', { subject: identity.subject, name })}</p>
      <button type="button" onClick={onReissue}>
        {t('ui:issuer.reissue', { name })}
      </button>
    </div>
  );
}
