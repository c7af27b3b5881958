import { useEffect } from 'react';
import type { Locale } from '../../../shared/i18n';
import { i18n, initialLocale, loadLocale } from '../i18n';

/**
 * The projector speaks the room's language, which the chair sets apart from the console's
 * (a zh-TW speaking chair may run a meeting projected in zh-CN). Nothing is remembered here: the
 * choice lives with the projector controls, and without one the window keeps its own language.
 */
export function useRoomLocale(locale: Locale | null): void {
  useEffect(() => {
    const wanted = locale ?? initialLocale();
    if (i18n.language === wanted) return;
    let current = true;
    void loadLocale(wanted)
      .then(() => (current ? i18n.changeLanguage(wanted) : undefined))
      .then(() => {
        if (current) document.documentElement.lang = wanted;
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [locale]);
}
