import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/context';
import { ErrorNote } from '../ErrorNote';
import { useMeeting } from '../meeting-hooks';

/** 撤销: takes back the last step the core allows (never a closed vote or the meeting's close). */
export function UndoButton() {
  const { t } = useTranslation();
  const last = useMeeting((state) => state.undo[state.undo.length - 1]?.type);
  const undo = useAppStore((state) => state.undo);
  return (
    <div className="undo">
      <button
        type="button"
        className="secondary"
        disabled={!last}
        onClick={() => void undo()}
        title={
          last
            ? t('ui:chair.undo.what', { step: t(`ui:chair.undo.steps.${last.replace('/', '_')}`) })
            : undefined
        }
      >
        {t('ui:chair.undo.button')} <kbd>U</kbd>
      </button>
      {last ? (
        <span className="muted undo-what">
          {t('ui:chair.undo.what', { step: t(`ui:chair.undo.steps.${last.replace('/', '_')}`) })}
        </span>
      ) : null}
      <ErrorNote source="undo" />
    </div>
  );
}
