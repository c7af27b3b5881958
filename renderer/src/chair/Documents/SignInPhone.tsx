import { useTranslation } from 'react-i18next';

type Props = Readonly<{ checked: boolean; onChange: (checked: boolean) => void }>;

/**
 * The one way a member's phone reaches paper: the chair ticks this before exporting a sign-in
 * sheet. Off each time the screen opens, since a sign-in sheet lies open at the door.
 */
export function SignInPhone({ checked, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <label className="inline-check">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      {t('ui:chair.documents.signInPhone')}
    </label>
  );
}
