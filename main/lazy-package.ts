import type * as Argon2 from '@node-rs/argon2';
import type * as Fontkit from 'fontkit';
import { createRequire } from 'node:module';
import type NodeForge from 'node-forge';
import type PDFDocument from 'pdfkit';
import type Pg from 'pg';
import type QRCode from 'qrcode';

// Every start of the app, the server and each CLI command read all of main's packages before
// doing anything: about 0.3 s on a small laptop for pdfkit with fontkit, pg, node-forge, qrcode
// and argon2, which only a PDF, a certificate, the hub's database or a QR code needs. They are
// read on first use instead. (CommonJS packages only: require() of an ES module is not available
// on every Node this app supports; ES-only ones are import()ed where they are used.)
const require = createRequire(import.meta.url);

/** What `load` returns, read the first time it is needed, then kept. */
function once<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

export const pdfkit = once(() => require('pdfkit') as typeof PDFDocument);
export const fontkit = once(() => require('fontkit') as typeof Fontkit);
export const qrcode = once(() => require('qrcode') as typeof QRCode);
export const pg = once(() => require('pg') as typeof Pg);
export const argon2 = once(() => require('@node-rs/argon2') as typeof Argon2);
export const nodeForge = once(() => require('node-forge') as typeof NodeForge);
