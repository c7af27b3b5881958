// Layer rules live here so that the build, not code review, keeps the architecture honest:
// shared/ is the pure core (no electron, react, node or DOM), main/ and renderer/ never import
// each other, and the domain core takes time and ids from commands, never from a clock or RNG.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Bare built-in names are matched exactly (`paths`), so a relative '../events' stays allowed;
// 'node:*' catches every prefixed import.
const nodeBuiltinNames = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'stream',
  'util',
  'worker_threads',
  'events',
  'buffer',
];
const nodeBuiltinPaths = (message) => nodeBuiltinNames.map((name) => ({ name, message }));

const sharedLayer = {
  files: ['shared/**/*.ts'],
  languageOptions: { globals: { ...globals.es2023 } },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['electron', 'electron/*'], message: 'shared/ is the pure core: no Electron.' },
          {
            group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*'],
            message: 'shared/ is the pure core: no UI libraries.',
          },
          {
            group: ['node:*'],
            message: 'shared/ is the pure core: no Node APIs (I/O belongs in main/).',
          },
          {
            group: ['**/main/**', '**/renderer/**', '../main', '../renderer'],
            message: 'shared/ may not import main/ or renderer/.',
          },
          {
            group: ['lowdb', 'lowdb/*', 'pdfkit', 'ws'],
            message: 'shared/ is the pure core: I/O libraries belong in main/.',
          },
        ],
        paths: nodeBuiltinPaths('shared/ is the pure core: no Node APIs (I/O belongs in main/).'),
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'fetch',
        'XMLHttpRequest',
        'WebSocket',
        'process',
        'Buffer',
        'require',
        '__dirname',
      ].map((name) => ({
        name,
        message: 'shared/ is the pure core: no DOM or Node globals.',
      })),
    ],
  },
};

const domainPurity = {
  // The follow-up registry is event-sourced like the meeting core: same discipline.
  files: ['shared/domain/**/*.ts', 'shared/followup/**/*.ts'],
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
  languageOptions: { globals: { ...globals.node } },
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/renderer/**', '../renderer', '../../renderer'],
            message: 'main/ and renderer/ never import each other; share code through shared/.',
          },
          { group: ['react', 'react-dom', 'zustand'], message: 'main/ has no UI.' },
        ],
      },
    ],
  },
};

const rendererLayer = {
  files: ['renderer/**/*.{ts,tsx}'],
  languageOptions: { globals: { ...globals.browser } },
  plugins: { 'react-hooks': reactHooks },
  rules: {
    ...reactHooks.configs.recommended.rules,
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/main/**', '../main', '../../main'],
            message:
              'main/ and renderer/ never import each other; talk through the typed API in shared/api.',
          },
          {
            group: ['electron', 'electron/*'],
            message: 'The renderer reaches Electron only through its preload API.',
          },
          { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node APIs.' },
        ],
        paths: nodeBuiltinPaths('The renderer runs in a sandboxed page: no Node APIs.'),
      },
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
  rendererLayer,
);
