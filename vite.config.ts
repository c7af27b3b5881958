import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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

// The renderer is built once and served two ways: by the Node backend over HTTP (npm run serve)
// and by Electron's app:// protocol. Both serve it from the root, so base '/' works for both.
export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), woff2Only()],
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
