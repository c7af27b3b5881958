import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../format';
import { useIds, useMeeting } from '../meeting-hooks';
import { ExportStatus } from './ExportStatus';
import { NoticeCheckNote, useNoticeCheck } from './NoticeCheckNote';
import { NoticeFields, useNoticeSettings } from './NoticeFields';
import { SignInPhone } from './SignInPhone';
import { useExport } from './use-export';

/**
 * 会前文件: the proposal notice of an agenda item (五议五公开: a matter is made public before it
 * is decided) and the blank sign-in sheet to print for the door.
 */
export function BeforeMeeting() {
  const { t } = useTranslation();
  const { busy, saved, exportPdf } = useExport('before');
  const notice = useNoticeSettings();
  const itemIds = useIds((state) => state.agendaOrder);
  const items = useMeeting((state) => state.items);
  const [itemId, setItemId] = useState('');
  const [phone, setPhone] = useState(false);
  const chosen = itemId || itemIds[0] || '';
  const chosenTitle = items?.[chosen]?.title ?? '';
  // A proposal is posted, and its objection period ends, before the meeting (notice-checks.ts).
  const locale = useLocale();
  const check = useNoticeCheck(
    chosen
      ? { locale, kind: 'proposal', itemId: chosen, postedOn: notice.settings.postedOn }
      : null,
  );
  return (
    <section className="panel before-meeting" aria-labelledby="before-heading">
      <h2 id="before-heading">{t('ui:chair.documents.beforeHeading')}</h2>
      <p className="muted">{t('ui:chair.documents.beforeExplain')}</p>
      {/* Stacked groups as on the close page (chair-close.css): a long item title wraps in its own
          line under the select and never pushes a button out of the column. */}
      <div className="export-buttons">
        <div className="export-group">
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void exportPdf({ kind: 'signin', blank: true, phone })}
          >
            {t('ui:chair.documents.exportBlankSignIn')}
          </button>
          <SignInPhone checked={phone} onChange={setPhone} />
        </div>
        <div className="export-group">
          <label className="field">
            {t('ui:chair.documents.proposalItem')}
            <select
              value={chosen}
              disabled={itemIds.length === 0}
              onChange={(event) => setItemId(event.target.value)}
            >
              {itemIds.map((id) => (
                <option key={id} value={id}>
                  {items?.[id]?.title ?? id}
                </option>
              ))}
            </select>
          </label>
          {chosenTitle ? (
            <p className="chosen-question muted" data-testid="proposal-title">
              {chosenTitle}
            </p>
          ) : null}
          <NoticeFields {...notice} />
          <NoticeCheckNote check={check} />
          <button
            type="button"
            className="secondary"
            disabled={busy || !chosen || !notice.settings.postedOn || !!check.refusal}
            onClick={() =>
              void exportPdf({
                kind: 'notice',
                noticeKind: 'proposal',
                itemId: chosen,
                ...notice.settings,
              })
            }
          >
            {t('ui:chair.documents.exportProposal')}
          </button>
        </div>
      </div>
      <ExportStatus busy={busy} saved={saved} source="before" testId="before-saved" />
    </section>
  );
}
