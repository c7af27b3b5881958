// main/bundle: a meeting's signed bundle for the street office (seeds/BUNDLE.md).
export { writeBundle, type BundleSource, type WrittenBundle } from './write';
export { readBundle, type ReadBundle, type ReadOptions, type ReadResult } from './read';
export {
  verifyChain,
  type ChainEntry,
  type ChainGap,
  type ChainFork,
  type ChainReport,
} from './chain';
export { folderSource } from './source';
export {
  BundleError,
  describeBundleRefusal,
  type BundleRefusal,
  type BundleRefusalCode,
} from './refusal';
export { bundleManifestSchema, type BundleManifest } from './format';
export { publicEvents, publicState } from './redact';
