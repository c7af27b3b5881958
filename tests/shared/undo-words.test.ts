import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/i18n';
import { EVENT_TYPES, FINAL_EVENTS, MEMBERS_OWN_EVENTS, translator } from './imports';

// The undo button names the step it would take back (ui:chair.undo.steps.<event>): every event
// that can be undone needs those words in every language, or the chair reads a raw key.

describe('undo step words', () => {
  it('names every undoable event in zh-CN, zh-TW and en', () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      const undoable = EVENT_TYPES.filter(
        (type) => !FINAL_EVENTS.has(type) && !MEMBERS_OWN_EVENTS.has(type),
      );
      const missing = undoable.filter((type) => {
        const key = `ui:chair.undo.steps.${type.replace('/', '_')}`;
        return t(key) === key || t(key).includes('chair.undo.steps');
      });
      expect(missing, locale).toEqual([]);
    }
  });
});
