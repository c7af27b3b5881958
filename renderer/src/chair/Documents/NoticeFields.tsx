import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { today } from '../format';

export type NoticeSettings = Readonly<{
  postedOn: string;
  objection: Readonly<{ address: string; phone: string; contact: string }>;
  /** 附件：the papers posted with this notice, one per line as typed. */
  attachments: readonly string[];
}>;

const STORAGE_KEY = 'yishiting.objection';
const EMPTY = { address: '', phone: '', contact: '' };

/** The objection channel typed last time: the same office and phone go on every notice. */
function remembered(): NoticeSettings['objection'] {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as unknown;
    if (saved && typeof saved === 'object') return { ...EMPTY, ...(saved as object) };
  } catch {
    // Nothing remembered (storage off or damaged): start empty.
  }
  return EMPTY;
}

/** The notice's posting day and objection channel, remembered across meetings on this machine. */
export function useNoticeSettings() {
  const [postedOn, setPostedOn] = useState(today);
  const [objection, setObjectionState] = useState(remembered);
  const [attachmentText, setAttachmentText] = useState('');
  const setObjection = (patch: Partial<NoticeSettings['objection']>) => {
    const next = { ...objection, ...patch };
    setObjectionState(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Not remembered; this export still uses it.
    }
  };
  const attachments = attachmentText
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    settings: { postedOn, objection, attachments },
    attachmentText,
    setAttachmentText,
    setPostedOn,
    setObjection,
  };
}

type Props = Readonly<{
  settings: NoticeSettings;
  attachmentText: string;
  setAttachmentText(text: string): void;
  setPostedOn(day: string): void;
  setObjection(patch: Partial<NoticeSettings['objection']>): void;
}>;

/** The objection channel saved in settings: shown in empty fields, used for them on export. */
function useSavedObjection(): NoticeSettings['objection'] {
  const api = useAppStore((state) => state.api);
  const [saved, setSaved] = useState(EMPTY);
  useEffect(() => {
    void api.call('settings/get', {}).then((result) => {
      if (result.ok) setSaved(result.value.issuingBody.objection);
    });
  }, [api]);
  return saved;
}

/**
 * 张贴日期, 异议渠道 and 附件: what the meeting does not know. A channel field left empty uses
 * the settings' default, else prints 【待填写】; attachments are one per line.
 */
export function NoticeFields(props: Props) {
  const { settings, setPostedOn, setObjection } = props;
  const { t } = useTranslation();
  const saved = useSavedObjection();
  const field = (key: keyof NoticeSettings['objection'], label: string) => (
    <label>
      {t(label)}
      <input
        value={settings.objection[key]}
        maxLength={key === 'address' ? 200 : 50}
        placeholder={saved[key]}
        onChange={(event) => setObjection({ [key]: event.target.value })}
      />
    </label>
  );
  return (
    <fieldset className="notice-fields">
      <legend>{t('ui:chair.documents.noticeFields')}</legend>
      <label>
        {t('ui:chair.documents.postedOn')}
        <input
          type="date"
          required
          value={settings.postedOn}
          onChange={(event) => setPostedOn(event.target.value)}
        />
      </label>
      {field('address', 'ui:chair.documents.objectionAddress')}
      {field('phone', 'ui:chair.documents.objectionPhone')}
      {field('contact', 'ui:chair.documents.objectionContact')}
      <label>
        {t('ui:issuer.attachments')}
        <textarea
          rows={2}
          value={props.attachmentText}
          placeholder={t('ui:issuer.attachmentsPlaceholder')}
          onChange={(event) => props.setAttachmentText(event.target.value)}
        />
      </label>
      <p className="muted">{t('ui:issuer.toFillHint')}</p>
    </fieldset>
  );
}
