import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyKindSchema, DEFAULT_PRESET, type BodyKind } from '../../../shared/domain';
import { PRESETS } from '../../../shared/domain/rules';
import { StoreContext, useAppStore } from '../store/context';
import { PresetNote } from './PresetNote';
import { ErrorNote } from './ErrorNote';
import { machineTimeZone, today, useLocale } from './format';

/** The zones this computer knows, for the zone field's suggestions (read once, when first asked). */
let zones: readonly string[] | null = null;
function knownZones(): readonly string[] {
  return (zones ??= Intl.supportedValuesOf('timeZone'));
}

/** A new meeting from a template: the body kind picks the rule preset and the composition. */
export function CreateMeeting() {
  const { t } = useTranslation();
  const locale = useLocale();
  const store = useContext(StoreContext);
  const openMeeting = useAppStore((state) => state.openMeeting);
  const reportError = useAppStore((state) => state.reportError);
  const [title, setTitle] = useState('');
  const [timeZone, setTimeZone] = useState(machineTimeZone);
  const [date, setDate] = useState(() => today(timeZone));
  const [place, setPlace] = useState('');
  const [bodyKind, setBodyKind] = useState<BodyKind>('residentsCouncil');
  const [presetId, setPresetId] = useState(DEFAULT_PRESET.residentsCouncil);
  const [busy, setBusy] = useState(false);
  // Some 400 suggestions: built when the chair first reaches the zone field, not with the first
  // screen, where they were most of its elements (a datalist shows nothing until its field is used).
  const [suggestZones, setSuggestZones] = useState(false);
  return (
    <section className="panel create" aria-labelledby="create-heading">
      <h2 id="create-heading">{t('ui:chair.create.heading')}</h2>
      <form
        className="form-grid"
        onSubmit={(event) => {
          event.preventDefault();
          if (!store) return;
          setBusy(true);
          void store
            .getState()
            .api.call('meetings/create', {
              command: {
                type: 'meeting/create',
                title,
                date,
                timeZone: timeZone.trim(),
                bodyKind,
                presetId,
                ...(place ? { place } : {}),
              },
            })
            .then(async (result) => {
              reportError('create', result.ok ? null : result.error);
              if (result.ok) await openMeeting(result.value.meetingId);
            })
            .finally(() => setBusy(false));
        }}
      >
        <label htmlFor="create-title">{t('ui:chair.details.title')}</label>
        <input
          id="create-title"
          value={title}
          maxLength={200}
          required
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor="create-date">{t('ui:chair.details.date')}</label>
        <input
          id="create-date"
          type="date"
          value={date}
          required
          onChange={(e) => setDate(e.target.value)}
        />
        <label htmlFor="create-zone">{t('ui:chair.details.timeZone')}</label>
        <input
          id="create-zone"
          value={timeZone}
          list="create-zone-list"
          maxLength={64}
          required
          spellCheck={false}
          autoComplete="off"
          aria-describedby="create-zone-note"
          onChange={(e) => setTimeZone(e.target.value)}
          onFocus={() => setSuggestZones(true)}
          onPointerEnter={() => setSuggestZones(true)}
        />
        <datalist id="create-zone-list">
          {suggestZones ? knownZones().map((zone) => <option key={zone} value={zone} />) : null}
        </datalist>
        <span />
        <p className="muted" id="create-zone-note">
          {t('ui:chair.details.timeZoneNote')}
        </p>
        <label htmlFor="create-place">{t('ui:chair.details.place')}</label>
        <input
          id="create-place"
          value={place}
          maxLength={200}
          onChange={(e) => setPlace(e.target.value)}
        />
        <label htmlFor="create-body">{t('ui:chair.details.bodyKind')}</label>
        <select
          id="create-body"
          value={bodyKind}
          onChange={(e) => {
            const kind = bodyKindSchema.parse(e.target.value);
            setBodyKind(kind);
            setPresetId(DEFAULT_PRESET[kind]);
          }}
        >
          {bodyKindSchema.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`ui:chair.vocab.bodyKind.${kind}`)}
            </option>
          ))}
        </select>
        <label htmlFor="create-preset">{t('ui:chair.details.preset')}</label>
        <select
          id="create-preset"
          aria-describedby="create-preset-note"
          value={presetId}
          onChange={(e) => setPresetId(e.target.value)}
        >
          {PRESETS.filter((p) => p.kind === 'decision').map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.name[locale]}
            </option>
          ))}
        </select>
        <PresetNote presetId={presetId} id="create-preset-note" />
        <span />
        <button type="submit" disabled={busy || title.trim() === ''}>
          {t('ui:chair.create.submit')}
        </button>
      </form>
      <ErrorNote source="create" />
    </section>
  );
}
