import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import { resources } from '../../shared/i18n/resources';
import { CreateMeeting } from '../../renderer/src/chair/CreateMeeting';
import { StoreProvider } from '../../renderer/src/store/context';
import { createStore } from '../../renderer/src/store/store';

// Issue 15: the home screen's create form offered its ~400 time-zone suggestions from the first
// render, most of the screen's elements; they are built when the chair reaches the zone field.
const api = {
  call: () => Promise.resolve({ ok: false, error: { code: 'api.disconnected', params: {} } }),
  subscribe: () => () => undefined,
  onConnection: () => () => undefined,
} as unknown as ApiClient;

function firstRender(): string {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    resources,
    lng: 'zh-CN',
    nsSeparator: ':',
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(StoreProvider, {
        store: createStore(api),
        children: createElement(CreateMeeting),
      }),
    ),
  );
}

describe('the create form on the first screen', () => {
  it('has the zone field and its list, but no suggestions yet', () => {
    const html = firstRender();
    expect(html).toContain('id="create-zone"');
    expect(html).toContain('list="create-zone-list"');
    expect(html).toMatch(/<datalist id="create-zone-list"><\/datalist>/);
    expect(html.match(/<option/g)?.length ?? 0).toBeLessThan(30);
  });
});
