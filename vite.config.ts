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

// The renderer is built once and served two ways: by the Node backend over HTTP (npm run serve)
// and by Electron's app:// protocol. Both serve it from the root, so base '/' works for both.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), woff2Only(), uiFont(), localesOnDemand()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    reportCompressedSize: false,
    // Never inline assets as data: URLs: the CSP allows fonts and scripts from 'self' only.
    assetsInlineLimit: 0,
  },
});
