import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { connect } from './api/connect';
import { ChairApp } from './chair/ChairApp';
import { i18n, initialLocale, setLocale } from './i18n';
import { parseRoute } from './route';
import { StoreProvider } from './store/context';
import { createStore } from './store/store';
import { scheduleFallbackFonts } from './fonts/load-fallback';
import './styles/ui-font.css';
import './styles/base.css';
import './styles/projector.css';

// The chair console is the first screen most starts show, so it comes with the main bundle; the
// projector window loads its own screens, and the meeting screens load when a meeting opens.
const ProjectorApp = lazy(() =>
  import('./projector/ProjectorApp').then((module) => ({ default: module.ProjectorApp })),
);
// The attendee's phone page (/join) opens its own guest or participant socket, never the chair's.
const ParticipantApp = lazy(() =>
  import('./participant/ParticipantApp').then((module) => ({ default: module.ParticipantApp })),
);

const route = parseRoute(location);
const store = route.view === 'join' ? null : createStore(connect(route));
document.body.dataset.view =
  route.view === 'chair' ? 'chair' : route.view === 'join' ? 'participant' : 'projector';
scheduleFallbackFonts(route.view);

function App() {
  if (route.view === 'join') return <ParticipantApp route={route} />;
  if (!store) return null;
  return (
    <StoreProvider store={store}>
      {route.view === 'chair' ? <ChairApp /> : <ProjectorApp />}
    </StoreProvider>
  );
}

function render(): void {
  document.documentElement.lang = i18n.language;
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>
          <App />
        </Suspense>
      </I18nextProvider>
    </StrictMode>,
  );
}

// zh-CN comes with this script; another language chosen last time is fetched first, so the
// first screen is never drawn in the wrong one (if it cannot be fetched, zh-CN it is).
const locale = initialLocale();
if (locale === i18n.language) render();
else
  void setLocale(locale)
    .catch(() => undefined)
    .finally(render);
