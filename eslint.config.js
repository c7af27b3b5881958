// Layer rules live here so that the build, not code review, keeps the architecture honest:
// shared/ is the pure core (no electron, react, node or DOM), main/ and renderer/ never import
// each other, and the domain core takes time and ids from commands, never from a clock or RNG.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

import { layersPlugin } from './scripts/eslint-layers.mjs';

// Globals are allowlists too: ECMAScript's own are fine everywhere; what Node or the browser adds
// is named per layer from the `globals` package, so a global nobody thought of is still caught.
const esNames = new Set(Object.keys(globals.es2023));
const browserNames = new Set(Object.keys(globals.browser));
const notEs = (names) => names.filter((name) => !esNames.has(name));
/** Text decoding and the console exist in every JavaScript host the core runs in. */
const sharedHostGlobals = new Set(['TextDecoder', 'TextEncoder', 'console']);
const nodeOnlyGlobals = notEs(Object.keys(globals.node)).filter((name) => !browserNames.has(name));

const restrictGlobals = (names, message) => ['error', ...names.map((name) => ({ name, message }))];
/** `globalThis.process` and friends reach the same objects as the bare names. */
const restrictGlobalObject = (objects, names, message) =>
  objects.flatMap((object) => names.map((property) => ({ object, property, message })));

const sharedMessage = 'shared/ is the pure core: no Node, DOM or Electron (I/O belongs in main/).';
const sharedLayer = {
  files: ['shared/**/*.ts'],
  plugins: { layers: layersPlugin },
  languageOptions: { globals: { ...globals.es2023 } },
  rules: {
    'layers/imports': [
      'error',
      { packages: ['zod', 'i18next'], folders: ['shared'], message: sharedMessage },
    ],
    'no-restricted-globals': restrictGlobals(
      [
        ...new Set([
          ...notEs(Object.keys(globals.node)),
          ...notEs(Object.keys(globals.browser)),
          'globalThis',
        ]),
      ].filter((name) => !sharedHostGlobals.has(name)),
      sharedMessage,
    ),
  },
};

const domainPurity = {
  // All of shared/ is replayed and tested as pure functions: time and ids come in as arguments.
  files: ['shared/**/*.ts'],
  rules: {
    'no-restricted-properties': [
      'error',
      {
        object: 'Date',
        property: 'now',
        message: 'Time arrives on the command; the core has no clock.',
      },
      {
        object: 'Math',
        property: 'random',
        message: 'Ids arrive on the command; the core has no randomness.',
      },
      {
        object: 'crypto',
        property: 'randomUUID',
        message: 'Ids arrive on the command; the core has no randomness.',
      },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: "NewExpression[callee.name='Date'][arguments.length=0]",
        message: 'Time arrives on the command; the core has no clock.',
      },
    ],
  },
};

const mainLayer = {
  files: ['main/**/*.ts'],
  plugins: { layers: layersPlugin },
  languageOptions: { globals: { ...globals.node } },
  rules: {
    'layers/imports': [
      'error',
      {
        folders: ['main', 'shared'],
        builtins: true,
        forbidPackages: ['react', 'react-dom', 'zustand'],
        message: 'main/ is I/O: it imports shared/ and libraries, never renderer/ or UI code.',
      },
    ],
  },
};

// A sandboxed preload has `require('electron')` and little else: a Node module would crash it.
const preloadMessage = 'A sandboxed preload may use electron and shared/ only.';
const preloadLayer = {
  files: ['main/electron/preload-*.ts'],
  plugins: { layers: layersPlugin },
  rules: {
    'layers/imports': [
      'error',
      { packages: ['electron'], folders: ['main/electron', 'shared'], message: preloadMessage },
    ],
    'no-restricted-globals': restrictGlobals(nodeOnlyGlobals, preloadMessage),
  },
};

const rendererMessage = 'The renderer is a sandboxed page: no Node; main/ only through shared/api.';
const rendererLayer = {
  files: ['renderer/**/*.{ts,tsx}'],
  languageOptions: { globals: { ...globals.browser } },
  plugins: { 'react-hooks': reactHooks, layers: layersPlugin },
  rules: {
    ...reactHooks.configs.recommended.rules,
    'layers/imports': [
      'error',
      {
        folders: ['renderer', 'shared'],
        forbidPackages: ['electron'],
        message: rendererMessage,
      },
    ],
    'no-restricted-globals': restrictGlobals(nodeOnlyGlobals, rendererMessage),
    'no-restricted-properties': [
      'error',
      ...restrictGlobalObject(['globalThis', 'window', 'self'], nodeOnlyGlobals, rendererMessage),
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'release/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'tests/**/*.ts', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  sharedLayer,
  domainPurity,
  mainLayer,
  preloadLayer,
  rendererLayer,
);
