import { strFromU8 } from 'fflate';
import { createHash, X509Certificate } from 'node:crypto';
import { strToU8 } from 'fflate';
import type { BundleManifest } from '../../../main/bundle';
import { signManifest } from '../../../main/bundle/signature';
import type { HubDb } from '../../../main/hub/db/pool';
import { createCommunity, enrolCommunity } from '../../../main/hub/enrol';
import { settingsService } from '../../../main/settings/issuing-body-file';
import { ensureIdentity, type SigningIdentity } from '../../../main/signing';
import { EMPTY_ISSUING_BODY } from '../../../shared/documents';
import {
  bundleOf,
  json,
  laptop,
  NOW,
  removeDir,
  rezip,
  SEED_FILES,
  tempDir,
  unzip,
} from '../bundle/fixture';

// Communities for the hub's tests: each a fresh data folder (its own signing key) holding the
// three seed meetings, bundled in order (sequence 1..3, each naming the one before). Building one
// costs a key and six signed PDFs, so a test file builds each community once (module cache) and
// its tests share them; every test gets a fresh database instead. `cleanupCommunities()` in
// afterAll removes the folders.

export type TestCommunity = Readonly<{
  /** A hub id for it: c1, c2, … */
  id: string;
  name: string;
  dataDir: string;
  identity: SigningIdentity;
  certificatePem: string;
  fingerprint: string;
  /** The seed meetings' ids, in bundle order. */
  meetings: readonly string[];
  /** Bundles 1..3 (index i holds sequence i+1). */
  bundles: readonly Uint8Array[];
  manifests: readonly BundleManifest[];
  /** SHA-256 of each bundle's manifest.json: what its successor names as previous. */
  manifestSha256: readonly string[];
}>;

const NAMES = [
  '幸福里社区居民委员会',
  '和平街社区居民委员会',
  '东风村村民委员会',
  '新华社区居委会',
];

const built: Array<Promise<TestCommunity>> = [];
const folders: string[] = [];
let foreign: Promise<SigningIdentity> | undefined;

async function build(index: number): Promise<TestCommunity> {
  const folder = await laptop(SEED_FILES);
  folders.push(folder.dataDir);
  const name = NAMES[index % NAMES.length]! + (index >= NAMES.length ? ` ${index + 1}` : '');
  await settingsService(folder.dataDir).save({ ...EMPTY_ISSUING_BODY, name });
  const identity = await ensureIdentity(folder.dataDir);
  const bundles = [];
  for (const meeting of SEED_FILES) bundles.push(await bundleOf(folder.dataDir, meeting));
  return {
    id: `c${index + 1}`,
    name,
    dataDir: folder.dataDir,
    identity,
    certificatePem: new X509Certificate(identity.certificates[0]!).toString(),
    fingerprint: identity.fingerprint,
    meetings: [...SEED_FILES],
    bundles: bundles.map((b) => b.bytes),
    manifests: bundles.map((b) => b.manifest),
    manifestSha256: bundles.map((b) => b.manifestSha256),
  };
}

/** `count` distinct communities (built once per test file, then shared). */
export function communities(count: number): Promise<TestCommunity[]> {
  for (let i = built.length; i < count; i += 1) {
    // One after the other: two cores are shared by every test run on the machine.
    const before = built[i - 1] ?? Promise.resolve(null);
    built.push(before.then(() => build(i)));
  }
  return Promise.all(built.slice(0, count));
}

/** A signing identity no community has enrolled (a stranger, or a re-made copy's new key). */
export function foreignIdentity(): Promise<SigningIdentity> {
  foreign ??= (async () => {
    const dir = tempDir('yst-hub-foreign-');
    folders.push(dir);
    return ensureIdentity(dir, { installationName: '冒名的社区', now: NOW });
  })();
  return foreign;
}

export function cleanupCommunities(): void {
  for (const dir of folders.splice(0)) removeDir(dir);
  built.length = 0;
  foreign = undefined;
}

export const sha256 = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

export const manifestOf = (bytes: Uint8Array): BundleManifest =>
  JSON.parse(strFromU8(unzip(bytes)['manifest.json']!)) as BundleManifest;

/** The bundle with one byte of `file` flipped, zipped again: readBundle says hashMismatch. */
export function tamper(bytes: Uint8Array, file = 'state.json'): Uint8Array {
  return rezip(bytes, (files) => {
    const copy = new Uint8Array(files[file]!);
    const at = Math.floor(copy.length / 2);
    copy[at] = copy[at]! ^ 0x01;
    files[file] = copy;
  });
}

/** The bundle with its manifest's sequence changed by hand, not re-signed: badSignature. */
export function tamperManifest(bytes: Uint8Array): Uint8Array {
  return rezip(bytes, (files) => {
    const text = strFromU8(files['manifest.json']!).replace(/"sequence": \d+/, '"sequence": 9');
    files['manifest.json'] = strToU8(text);
  });
}

/**
 * The bundle signed again by `signer`, its manifest (sequence, previous, createdAt…) and files
 * (followup.json…) changed by `edit` first. With the community's own key it is sound and verifies on its own (a
 * fork, a rolled-back chain); with another key, certificate.pem and the fingerprint are swapped
 * too (a re-made bundle, or a stranger's).
 */
export async function resign(
  bytes: Uint8Array,
  signer: SigningIdentity,
  edit: (manifest: BundleManifest, files: Record<string, Uint8Array>) => void = () => undefined,
): Promise<Uint8Array> {
  const files = unzip(bytes);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as BundleManifest;
  const pem = strToU8(new X509Certificate(signer.certificates[0]!).toString());
  if (signer.fingerprint !== manifest.community.certificateFingerprint) {
    files['certificate.pem'] = pem;
    manifest.community.certificateFingerprint = signer.fingerprint;
  }
  edit(manifest, files);
  // Files edited by hand are listed with their new size and hash, as a re-made bundle would be.
  manifest.files = manifest.files.map((f) => ({
    name: f.name,
    size: files[f.name]!.length,
    sha256: sha256(files[f.name]!),
  }));
  const manifestBytes = json(manifest);
  const signature = await signManifest(manifestBytes, signer, new Date(manifest.createdAt));
  return rezip(bytes, (out) => {
    Object.assign(out, files, {
      'manifest.json': manifestBytes,
      'manifest.sig': new Uint8Array(signature),
    });
  });
}

/** Adds and enrols each community on the hub (its certificate, a token it will not need here). */
export async function enrolAll(
  db: HubDb,
  list: readonly TestCommunity[],
): Promise<Record<string, string>> {
  const tokens: Record<string, string> = {};
  for (const community of list) {
    const { code } = await createCommunity(db, { id: community.id, name: community.name }, 'cli');
    const enrolled = await enrolCommunity(db, { code, certificatePem: community.certificatePem });
    if (!enrolled.ok) throw new Error(`enrolment of ${community.id} failed: ${enrolled.code}`);
    tokens[community.id] = enrolled.token;
  }
  return tokens;
}
