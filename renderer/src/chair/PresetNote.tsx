import { presetById, presetNote } from '../../../shared/domain/rules';
import { useLocale } from './format';

/**
 * Under a rule-preset picker: what the chosen preset is for, where its name alone could mislead
 * (the owners' presets: only 民法典 art. 278 items 6–8 need three quarters; using the
 * maintenance fund is an ordinary matter). Two grid cells, like the form's other rows.
 */
export function PresetNote({ presetId, id }: Readonly<{ presetId: string; id: string }>) {
  const locale = useLocale();
  const preset = presetById(presetId);
  const note = preset ? presetNote(preset, locale) : null;
  if (!note) return null;
  return (
    <>
      <span />
      <p className="muted preset-note" id={id} data-testid={id}>
        {note}
      </p>
    </>
  );
}
