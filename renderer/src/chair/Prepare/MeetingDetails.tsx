import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingInfo } from '../../../../shared/domain';
import { PRESETS } from '../../../../shared/domain/rules';
import { useAppStore } from '../../store/context';
import { PresetNote } from '../PresetNote';
import { ErrorNote } from '../ErrorNote';
import { useLocale } from '../format';
import { useMeeting } from '../meeting-hooks';

type Draft = Readonly<{
  title: string;
  date: string;
  place: string;
  chair: string;
  recorder: string;
  presetId: string;
}>;

function draftOf(meeting: MeetingInfo): Draft {
  return {
    title: meeting.title,
    date: meeting.date,
    place: meeting.place,
    chair: meeting.chair,
    recorder: meeting.recorder,
    presetId: meeting.preset.id,
  };
}

/** 会议信息: what the minutes and notice print at the top; the rule preset is fixed once votes exist. */
export function MeetingDetails() {
  const meeting = useMeeting((state) => state.meeting);
  if (!meeting) return null;
  // A fresh form when the details change elsewhere (another window, undo), not on every step.
  return <DetailsForm key={JSON.stringify(draftOf(meeting))} meeting={meeting} />;
}

function DetailsForm({ meeting }: { meeting: MeetingInfo }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const send = useAppStore((state) => state.send);
  const [draft, setDraft] = useState<Draft>(() => draftOf(meeting));
  const set = (field: keyof Draft, value: string) => setDraft((d) => ({ ...d, [field]: value }));
  const presets = PRESETS.filter((p) => p.kind === 'decision');
  const field = (name: 'title' | 'place' | 'chair' | 'recorder') => (
    <>
      <label htmlFor={`details-${name}`}>{t(`ui:chair.details.${name}`)}</label>
      <input
        id={`details-${name}`}
        value={draft[name]}
        maxLength={200}
        onChange={(e) => set(name, e.target.value)}
      />
    </>
  );
  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('ui:chair.details.heading')}</h2>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          const original = draftOf(meeting);
          const { presetId, ...rest } = draft;
          void send('details', {
            type: 'meeting/update',
            ...rest,
            ...(presetId !== original.presetId ? { presetId } : {}),
          });
        }}
      >
        {field('title')}
        <label htmlFor="details-date">{t('ui:chair.details.date')}</label>
        <input
          id="details-date"
          type="date"
          value={draft.date}
          onChange={(e) => set('date', e.target.value)}
        />
        {field('place')}
        {field('chair')}
        {field('recorder')}
        <label htmlFor="details-preset">{t('ui:chair.details.preset')}</label>
        <select
          id="details-preset"
          aria-describedby="details-preset-note"
          value={draft.presetId}
          onChange={(e) => set('presetId', e.target.value)}
        >
          {presets.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name[locale]}
            </option>
          ))}
        </select>
        <PresetNote presetId={draft.presetId} id="details-preset-note" />
        <span />
        <button type="submit">{t('ui:chair.common.save')}</button>
      </form>
      <p className="muted">
        {t('ui:chair.details.bodyKindIs', {
          kind: t(`ui:chair.vocab.bodyKind.${meeting.bodyKind}`),
        })}
      </p>
      <ErrorNote source="details" />
    </section>
  );
}
