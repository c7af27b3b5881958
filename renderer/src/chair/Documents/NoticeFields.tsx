import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../format';

export type NoticeSettings = Readonly<{
  postedOn: string;
  objection: Readonly<{ address: string; phone: string; contact: string }>;
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
  const setObjection = (patch: Partial<NoticeSettings['objection']>) => {
    const next = { ...objection, ...patch };
    setObjectionState(next);
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Not remembered; this export still uses it.
    }
  };
  return { settings: { postedOn, objection }, setPostedOn, setObjection };
}

type Props = Readonly<{
  settings: NoticeSettings;
  setPostedOn(day: string): void;
  setObjection(patch: Partial<NoticeSettings['objection']>): void;
}>;

/** 张贴日期 and 异议渠道: what the meeting does not know; a field left empty prints 【待填写】. */
export function NoticeFields({ settings, setPostedOn, setObjection }: Props) {
  const { t } = useTranslation();
  const field = (key: keyof NoticeSettings['objection'], label: string) => (
    <label>
      {t(label)}
      <input
        value={settings.objection[key]}
        maxLength={key === 'address' ? 200 : 50}
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
      <p className="muted">{t('ui:chair.documents.toFillHint')}</p>
    </fieldset>
  );
}
