import { strFromU8 } from 'fflate';
import { X509Certificate } from 'node:crypto';
import { normaliseFingerprint } from '../signing/identity';
import { unzipBounded, type UnzippedEntry } from '../storage/archive-unzip';
import { StorageError } from '../storage/errors';
import { LINE_LIMITS, safeJsonParse } from '../storage/safe-json';
import {
  bundleEntryName,
  bundleManifestSchema,
  FILES,
  MAX_BUNDLE_BYTES,
  MAX_ENTRIES,
  REQUIRED_LISTED,
  type BundleManifest,
} from './format';
import { sha256 } from './content';
import { readContent, type BundleRecords } from './read-content';
import { refusal, type BundleRefusal } from './refusal';
import { checkManifestSignature } from './signature';

// readBundle: a bundle from anyone, checked before any of it is believed, in this order:
//   1. the zip, within the archive import's bounds (size, entries, names, zip bombs);
//   2. manifest.json, manifest.sig and certificate.pem present, and the signature made over this
//      very manifest with certificate.pem's key (so a changed manifest fails here);
//   3. optionally, certificate.pem among the certificates the reader knows (the hub: the one the
//      community enrolled with);
//   4. the manifest's format, then every file present, listed, and of the listed size and hash;
//   5. the content itself: journal, public state, registry rows, PDFs (read-content.ts).
// Each failure is a typed refusal with a reason code (refusal.ts), never an exception.

export type ReadOptions = Readonly<{
  /** Certificate fingerprints to accept as signers; absent: any certificate that signs soundly. */
  trustedFingerprints?: readonly string[];
  /** The bundle's file name, for the words of a zip refusal. */
  label?: string;
}>;

export type ReadBundle = BundleRecords &
  Readonly<{
    manifest: BundleManifest;
    manifestSha256: string;
    certificate: Readonly<{ pem: string; fingerprint: string; subject: string }>;
  }>;

export type ReadResult =
  Readonly<{ ok: true; bundle: ReadBundle }> | Readonly<{ ok: false; refusal: BundleRefusal }>;

type Entries = ReadonlyMap<string, UnzippedEntry>;

const ZIP_REFUSALS: Readonly<Record<string, BundleRefusal['code']>> = {
  'refused.notAnArchive': 'badZip',
  'refused.archiveTooLarge': 'oversize',
  'refused.archiveEntryOversized': 'zipBomb',
  'refused.badEntryName': 'badFileName',
};

async function unpack(bytes: Uint8Array, label: string): Promise<Entries | BundleRefusal> {
  if (bytes.length > MAX_BUNDLE_BYTES) return refusal('oversize', { limit: MAX_BUNDLE_BYTES });
  try {
    return await unzipBounded(bytes, label, {
      maxEntries: MAX_ENTRIES,
      maxTotalBytes: MAX_BUNDLE_BYTES,
      acceptName: bundleEntryName,
    });
  } catch (error) {
    const code = error instanceof StorageError ? ZIP_REFUSALS[error.notice.code] : undefined;
    if (!code || !(error instanceof StorageError)) return refusal('badZip');
    const entry = error.notice.params.entry;
    return refusal(code, entry === undefined ? {} : { file: String(entry) });
  }
}

function certificateOf(entries: Entries): X509Certificate | BundleRefusal {
  try {
    return new X509Certificate(Buffer.from(entries.get(FILES.certificate)!.bytes));
  } catch {
    return refusal('schema', { file: FILES.certificate });
  }
}

function parseManifest(bytes: Uint8Array): BundleManifest | BundleRefusal {
  const parsed = safeJsonParse(strFromU8(bytes), LINE_LIMITS, FILES.manifest);
  const checked = parsed.ok ? bundleManifestSchema.safeParse(parsed.value) : null;
  if (checked?.success) return checked.data;
  const issue = checked?.error.issues[0];
  return refusal('schema', { file: FILES.manifest, detail: issue ? issue.path.join('.') : '' });
}

/** Every file present and listed, with the listed size and hash; the required ones listed. */
function checkFiles(manifest: BundleManifest, entries: Entries): BundleRefusal | null {
  const listed = new Map(manifest.files.map((file) => [file.name, file]));
  if (listed.size !== manifest.files.length)
    return refusal('schema', { file: FILES.manifest, detail: 'files' });
  for (const name of REQUIRED_LISTED)
    if (!listed.has(name)) return refusal('missingFile', { file: name });
  for (const file of manifest.files) {
    const entry = entries.get(file.name);
    if (!entry) return refusal('missingFile', { file: file.name });
    if (entry.bytes.length !== file.size || entry.sha256 !== file.sha256)
      return refusal('hashMismatch', { file: file.name });
  }
  for (const name of entries.keys())
    if (name !== FILES.manifest && name !== FILES.signature && !listed.has(name))
      return refusal('extraFile', { file: name });
  return null;
}

const isRefusal = (value: unknown): value is BundleRefusal =>
  typeof value === 'object' && value !== null && 'code' in value && 'params' in value;

/** A bundle's verified content, or why it is refused (seeds/BUNDLE.md lists the reasons). */
export async function readBundle(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const no = (refused: BundleRefusal): ReadResult => ({ ok: false, refusal: refused });
  const entries = await unpack(bytes, options.label ?? 'bundle.zip');
  if (isRefusal(entries)) return no(entries);
  for (const name of [FILES.manifest, FILES.signature, FILES.certificate])
    if (!entries.has(name)) return no(refusal('missingFile', { file: name }));
  const certificate = certificateOf(entries);
  if (isRefusal(certificate)) return no(certificate);
  const manifestBytes = entries.get(FILES.manifest)!.bytes;
  const signed = checkManifestSignature(
    manifestBytes,
    entries.get(FILES.signature)!.bytes,
    certificate,
  );
  if (signed !== 'ok') return no(refusal(signed));
  if (options.trustedFingerprints) {
    const known = new Set(options.trustedFingerprints.map(normaliseFingerprint));
    if (!known.has(certificate.fingerprint256))
      return no(refusal('untrustedSigner', { detail: certificate.fingerprint256 }));
  }
  const manifest = parseManifest(manifestBytes);
  if (isRefusal(manifest)) return no(manifest);
  const files = checkFiles(manifest, entries);
  if (files) return no(files);
  if (manifest.community.certificateFingerprint !== certificate.fingerprint256)
    return no(refusal('signerMismatch', { file: FILES.manifest }));
  const records = readContent(manifest, entries, certificate.fingerprint256);
  if (isRefusal(records)) return no(records);
  const subject = /(?:^|\n)CN=([^\n]*)/.exec(certificate.subject)?.[1] ?? certificate.subject;
  return {
    ok: true,
    bundle: {
      ...records,
      manifest,
      manifestSha256: sha256(manifestBytes),
      certificate: {
        pem: certificate.toString(),
        fingerprint: certificate.fingerprint256,
        subject,
      },
    },
  };
}
