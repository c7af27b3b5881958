import { useTranslation } from 'react-i18next';
import { voteMethodSchema, type VoteMethod } from '../../../../shared/domain';
import { PRESETS } from '../../../../shared/domain/rules';
import { useAppStore } from '../../store/context';
import { useLocale } from '../format';
import { useMeeting } from '../meeting-hooks';
import { QuorumWarning } from './QuorumWarning';

// Choice among options needs its options typed in; it is offered where the chair prepares votes.
const METHODS: readonly VoteMethod[] = voteMethodSchema.options.filter((m) => m !== 'choice');

/** Opens a vote on the item on the floor: method and preset, one click (or V). */
export function VoteOpenForm() {
  const { t } = useTranslation();
  const locale = useLocale();
  const draft = useAppStore((state) => state.voteDraft);
  const setVoteDraft = useAppStore((state) => state.setVoteDraft);
  const openVote = useAppStore((state) => state.openVote);
  const itemTitle = useMeeting((state) =>
    state.currentItemId ? state.items[state.currentItemId]?.title : undefined,
  );
  const meetingPreset = useMeeting((state) => state.meeting?.preset.id) ?? '';
  const evaluation = draft.method === 'satisfaction';
  const presets = PRESETS.filter((p) => (p.kind === 'evaluation') === evaluation);
  return (
    <form
      className="vote-open"
      onSubmit={(event) => {
        event.preventDefault();
        void openVote();
      }}
    >
      {/* First in the form, where the chair looks before pressing V. */}
      <QuorumWarning presetId={draft.presetId} />
      <label htmlFor="vote-question">{t('ui:chair.vote.question')}</label>
      <input
        id="vote-question"
        value={draft.question}
        placeholder={itemTitle ?? ''}
        maxLength={200}
        onChange={(event) => setVoteDraft({ question: event.target.value })}
      />
      <div className="form-grid">
        <label htmlFor="vote-method">{t('ui:chair.vote.method')}</label>
        <select
          id="vote-method"
          value={draft.method}
          onChange={(event) => {
            const method = voteMethodSchema.parse(event.target.value);
            setVoteDraft({ method, presetId: '' });
          }}
        >
          {METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`ui:chair.vocab.method.${method}`)}
            </option>
          ))}
        </select>
        <label htmlFor="vote-preset">{t('ui:chair.vote.preset')}</label>
        <select
          id="vote-preset"
          value={draft.presetId}
          onChange={(event) => setVoteDraft({ presetId: event.target.value })}
        >
          <option value="">
            {evaluation ? t('ui:chair.vote.defaultEvaluation') : t('ui:chair.vote.meetingPreset')}
          </option>
          {presets.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name[locale]}
              {preset.id === meetingPreset ? ` (${t('ui:chair.vote.meetingPresetShort')})` : ''}
            </option>
          ))}
        </select>
        <label htmlFor="vote-teller">{t('ui:chair.vote.teller')}</label>
        <input
          id="vote-teller"
          value={draft.teller}
          maxLength={200}
          onChange={(event) => setVoteDraft({ teller: event.target.value })}
        />
        <label htmlFor="vote-scrutineer">{t('ui:chair.vote.scrutineer')}</label>
        <input
          id="vote-scrutineer"
          value={draft.scrutineer}
          maxLength={200}
          onChange={(event) => setVoteDraft({ scrutineer: event.target.value })}
        />
      </div>
      <button type="submit" disabled={!itemTitle}>
        {t('ui:chair.vote.open')} <kbd>V</kbd>
      </button>
      {!itemTitle ? <p className="muted">{t('ui:chair.vote.needsItem')}</p> : null}
    </form>
  );
}
