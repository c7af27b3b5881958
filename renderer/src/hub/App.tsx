import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import { overviewReplySchema } from '../../../shared/hub/api';
import { fill } from '../../../shared/i18n/hub/fill';
import { getJson, postJson } from './api';
import { isSignedOut } from './errors';
import type { CommunityOption } from './FilterBar';
import { filtersFromUrl, filtersToQuery, type DashFilters } from './filters';
import { Login, type Staff } from './Login';
import { Page, PAGES, type PageName } from './Page';
import {
  HUB_LOCALES,
  LOCALE_NAMES,
  HUB_WORDS,
  saveLocale,
  savedLocale,
  WordsContext,
  type HubLocale,
} from './words';

/** GET /api/staff/me (the server's staff routes). */
const staffSchema = z.object({ login: z.string(), name: z.string() });

const PATHS: Readonly<Record<PageName, string>> = {
  overview: '/',
  meetings: '/meetings',
  overdue: '/overdue',
  refused: '/refused',
  add: '/add',
};

function pageOf(pathname: string): PageName {
  return (
    PAGES.find(
      (page) =>
        PATHS[page] === pathname.replace(/\/$/, '') || (page === 'overview' && pathname === '/'),
    ) ?? 'overview'
  );
}

type Address = Readonly<{ page: PageName; filters: DashFilters }>;
const addressNow = (): Address => ({
  page: pageOf(location.pathname),
  filters: filtersFromUrl(location.search, Date.now()),
});

function useLocale() {
  const [locale, setLocale] = useState<HubLocale>(savedLocale);
  const words = HUB_WORDS[locale];
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = HUB_WORDS[locale].app.title;
  }, [locale]);
  const choose = (next: HubLocale) => {
    saveLocale(next);
    setLocale(next);
  };
  return { locale, words, choose };
}

export function App() {
  const { locale, words: w, choose } = useLocale();
  const [staff, setStaff] = useState<Staff | null | 'checking'>('checking');
  const [address, setAddress] = useState<Address>(addressNow);
  const [communities, setCommunities] = useState<readonly CommunityOption[]>([]);
  const [added, setAdded] = useState(0);

  useEffect(() => {
    getJson(staffSchema, '/api/staff/me').then(setStaff, () => setStaff(null));
  }, []);
  useEffect(() => {
    const back = () => setAddress(addressNow());
    addEventListener('popstate', back);
    return () => removeEventListener('popstate', back);
  }, []);
  useEffect(() => {
    if (staff === null || staff === 'checking') return;
    getJson(overviewReplySchema, '/api/dash/overview').then(
      (reply) => setCommunities(reply.communities.map(({ id, name }) => ({ id, name }))),
      () => undefined,
    );
  }, [staff, added]);

  const go = useCallback((next: Address) => {
    history.pushState(null, '', PATHS[next.page] + filtersToQuery(next.filters));
    setAddress(next);
  }, []);
  const signedOut = useCallback((error: unknown) => {
    if (isSignedOut(error)) setStaff(null);
  }, []);
  const logout = async () => {
    await postJson('/api/staff/logout', {}).catch(() => undefined);
    setStaff(null);
  };

  const languages = (
    <label className="language">
      {w.app.language}
      <select value={locale} onChange={(event) => choose(event.target.value as HubLocale)}>
        {HUB_LOCALES.map((l) => (
          <option key={l} value={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <WordsContext.Provider value={{ locale, w, f: fill }}>
      <header className="top">
        <strong className="brand">{w.app.title}</strong>
        {staff !== null && staff !== 'checking' ? (
          <nav aria-label={w.app.title}>
            {PAGES.map((page) => (
              <a
                key={page}
                href={PATHS[page] + filtersToQuery(address.filters)}
                aria-current={address.page === page ? 'page' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  go({ page, filters: address.filters });
                }}
              >
                {w.nav[page]}
              </a>
            ))}
          </nav>
        ) : (
          <span className="grow" />
        )}
        {languages}
        {staff !== null && staff !== 'checking' ? (
          <span className="who">
            {fill(w.nav.signedIn, { name: staff.name || staff.login })}
            <button type="button" className="plain" onClick={() => void logout()}>
              {w.nav.logout}
            </button>
          </span>
        ) : null}
      </header>
      {staff === 'checking' ? null : staff === null ? (
        <Login onSignedIn={setStaff} />
      ) : (
        <main className="content">
          <Page
            page={address.page}
            filters={address.filters}
            setFilters={(filters) => go({ page: address.page, filters })}
            communities={communities}
            onSignedOut={signedOut}
            onCommunityAdded={() => setAdded((n) => n + 1)}
          />
        </main>
      )}
    </WordsContext.Provider>
  );
}
