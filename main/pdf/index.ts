// The PDF layer's public face: lay out a document model (shared/documents/model.ts) as a PDF.
export { renderPdf, type RenderOptions } from './render';
export { documentFingerprint, fingerprintUri } from './fingerprint';
export { preloadSegmenter, segmenterReady } from './segment';
export {
  locateFont,
  preloadFonts,
  shippedFontFiles,
  type FontFace,
  type FontWeight,
} from './fonts';
