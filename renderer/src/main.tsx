import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { connect } from './api/connect';
import { ChairApp } from './chair/ChairApp';
import { i18n } from './i18n';
import { ProjectorApp } from './projector/ProjectorApp';
import { parseRoute } from './route';
import { StoreProvider } from './store/context';
import { createStore } from './store/store';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import '@fontsource/noto-sans-tc/400.css';
import '@fontsource/noto-sans-tc/700.css';
import './styles/base.css';
import './styles/projector.css';

const route = parseRoute(location);
const store = createStore(connect(route));
document.documentElement.lang = i18n.language;
document.body.dataset.view = route.view === 'chair' ? 'chair' : 'projector';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={store}>
          {route.view === 'chair' ? <ChairApp /> : <ProjectorApp />}
        </StoreProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
