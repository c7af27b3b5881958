import type { HubRequest } from './route';

export type HubLocale = HubRequest['locale'];

/**
 * The caller's language: `?lang=` first (a link the dashboard makes), else the first
 * Accept-Language entry we speak. Traditional Chinese (zh-TW, zh-HK, zh-Hant…) gets zh-TW, any
 * other Chinese zh-CN, English en; zh-CN is the hub's first language.
 */
export function requestLocale(
  query: URLSearchParams,
  acceptLanguage: string | undefined,
): HubLocale {
  const asked = query.get('lang');
  const direct = asked === null ? null : localeOf(asked);
  if (direct) return direct;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const q = rest.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const locale = localeOf(entry.tag);
    if (locale) return locale;
  }
  return 'zh-CN';
}

function localeOf(tag: string): HubLocale | null {
  const lower = tag.trim().toLowerCase();
  if (/^zh(-|$)/.test(lower)) {
    return /^zh-(tw|hk|mo|hant)(-|$)/.test(lower) ? 'zh-TW' : 'zh-CN';
  }
  return /^en(-|$)/.test(lower) ? 'en' : null;
}
