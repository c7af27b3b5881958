import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { buildUiFonts, UI_FONT_WEIGHTS } from './scripts/ui-font';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const sharedResources = fileURLToPath(new URL('./shared/i18n/resources.ts', import.meta.url));
const rendererResources = fileURLToPath(
  new URL('./renderer/src/locale-resources.ts', import.meta.url),
);

/**
 * Main and the CLI hold all three locales (shared/i18n/resources.ts). The console starts with
 * zh-CN only and fetches another language when it is chosen, so in its build that module is
 * replaced by renderer/src/locale-resources.ts, which the console fills as locales arrive.
 */
function localesOnDemand(): Plugin {
  return {
    name: 'yishiting-locales-on-demand',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/[\\/]resources(\.ts)?$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === sharedResources ? rendererResources : null;
    },
  };
}

const consolePage = fileURLToPath(new URL('./renderer/index.html', import.meta.url));
const hubPage = fileURLToPath(new URL('./renderer/hub.html', import.meta.url));
/** The chair console's page; the build's other page is the street office's dashboard. */
const isConsolePage = (filename: string) => filename === consolePage;

/**
 * fontsource CSS lists a .woff fallback beside every .woff2 slice. Every browser we target reads
 * woff2, so drop the fallbacks and ship half the font files.
 */
function woff2Only(): Plugin {
  return {
    name: 'yishiting-woff2-only',
    // Before Vite's own CSS plugin, which resolves the url()s.
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].+\.css$/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]+\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

/**
 * The console's cut font (scripts/ui-font.ts): made before the build (cached between builds),
 * reached from styles/ui-font.css as @ui-font/…, and preloaded by index.html so it downloads
 * beside the scripts instead of after the first layout asks for it.
 */
function uiFont(): Plugin {
  return {
    name: 'yishiting-ui-font',
    async config() {
      return { resolve: { alias: { '@ui-font': await buildUiFonts(projectRoot) } } };
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // The street office's page (hub.html) uses the system's fonts, not the console's cut.
        if (!isConsolePage(context.filename)) return [];
        const assets = Object.values(context.bundle ?? {});
        return UI_FONT_WEIGHTS.flatMap(({ weight }) => {
          const asset = assets.find(
            (output) =>
              output.type === 'asset' &&
              output.originalFileNames.some((name) => name.endsWith(`ui-${weight}.woff2`)),
          );
          if (!asset) return [];
          return [
            {
              tag: 'link',
              injectTo: 'head' as const,
              // Fonts are fetched in CORS mode: without crossorigin the preload would not be used.
              attrs: {
                rel: 'preload',
                href: `/${asset.fileName}`,
                as: 'font',
                type: 'font/woff2',
                crossorigin: '',
              },
            },
          ];
        });
      },
    },
  };
}

/**
 * index.html's script is boot.ts, which opens the socket and then imports the app (main.tsx). So
 * that the app does not wait for boot.ts to arrive and run before it is even requested, the page
 * lists the app's scripts (modulepreload) and stylesheets itself: everything downloads at once.
 */
function preloadApp(): Plugin {
  return {
    name: 'yishiting-preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!isConsolePage(context.filename)) return [];
        const chunks = Object.values(context.bundle ?? {}).filter(
          (output) => output.type === 'chunk',
        );
        const app = chunks.find((chunk) =>
          chunk.facadeModuleId?.endsWith('/renderer/src/main.tsx'),
        );
        if (!app) return [];
        const scripts: string[] = [];
        const styles: string[] = [];
        const visit = (fileName: string) => {
          const chunk = chunks.find((candidate) => candidate.fileName === fileName);
          if (!chunk || scripts.includes(fileName)) return;
          scripts.push(fileName);
          styles.push(...(chunk.viteMetadata?.importedCss ?? []));
          chunk.imports.forEach(visit);
        };
        visit(app.fileName);
        const link = (rel: string, fileName: string) => ({
          tag: 'link',
          injectTo: 'head' as const,
          attrs: { rel, crossorigin: true, href: `/${fileName}` },
        });
        return [
          ...scripts
            .filter((name) => !html.includes(`/${name}"`))
            .map((name) => link('modulepreload', name)),
          ...[...new Set(styles)]
            .filter((name) => !html.includes(`/${name}"`))
            .map((name) => link('stylesheet', name)),
        ];
      },
    },
  };
}

// The renderer is built once and served two ways: by the Node backend over HTTP (npm run serve)
// and by Electron's app:// protocol. Both serve it from the root, so base '/' works for both.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), woff2Only(), preloadApp(), uiFont(), localesOnDemand()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // Chromium has had <link rel="modulepreload"> since 66: the polyfill is dead code for our
    // targets, and with two pages it became a chunk the console's first script had to import.
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
    // Never inline assets as data: URLs: the CSP allows fonts and scripts from 'self' only.
    assetsInlineLimit: 0,
    rolldownOptions: {
      // Two pages: the chair console and the street office's dashboard (its own entry, so the
      // hub loads none of the console's code and the console none of the hub's).
      input: { index: consolePage, hub: hubPage },
      // shared/ is the pure core (the lint forbids effects there): a module of it whose exports
      // the console does not use may be left out, so the first screen does not build the
      // command and event schemas of every area that the domain's index re-exports.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]shared[\\/]/.test(id) },
    },
  },
});
