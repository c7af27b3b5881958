import { strToU8, zipSync, type Zippable } from 'fflate';
import type { MeetingEvent } from '../../shared/domain';
import type { FollowupState } from '../../shared/followup';
import { issuingBodyOf } from '../settings/issuing-body-file';
import { trustedFingerprints } from '../signing/identity';
import type { SigningIdentity } from '../signing/keyring';
import { nodeFs, type StorageFs } from '../storage/fs-layer';
import { readChain, writeChain, type ChainLink } from './chain-file';
import { buildContent, sha256, type BundleContent } from './content';
import { BUNDLE_FORMAT, BUNDLE_SCHEMA_VERSION, FILES, type BundleManifest } from './format';
import { bundlePdfs, type BundlePdfs } from './pdfs';
import { BundleError } from './refusal';
import { signManifest } from './signature';

/** Where a bundle's parts come from: the app's open repositories, or the CLI's (source.ts). */
export type BundleSource = Readonly<{
  dataDir: string;
  /** The meeting's events in order, or null for a meeting this folder does not have. */
  events(meetingId: string): Promise<readonly MeetingEvent[] | null>;
  followup(): Promise<FollowupState>;
  identity(): Promise<SigningIdentity>;
  fs?: StorageFs;
  now?: () => Date;
}>;

export type WrittenBundle = Readonly<{
  bytes: Uint8Array;
  manifest: BundleManifest;
  /** SHA-256 of manifest.json: what the next bundle names as `previous`. */
  manifestSha256: string;
  /** False when the meeting had not changed: its earlier bundle again, same sequence and bytes. */
  isNew: boolean;
  skipped: BundlePdfs['skipped'];
}>;

/** What decides whether a bundle is new: every file and every manifest field but the link. */
function contentDigest(community: string, meetingId: string, content: BundleContent): string {
  const key = { community, meetingId, timeZone: content.timeZone, files: content.listed };
  return sha256(strToU8(JSON.stringify(key)));
}

async function assemble(
  link: Omit<ChainLink, 'manifest'>,
  manifestBase: Omit<BundleManifest, 'sequence' | 'previous' | 'createdAt'>,
  content: BundleContent,
  identity: SigningIdentity,
): Promise<{ zip: Uint8Array; manifest: BundleManifest; manifestSha256: string }> {
  const manifest: BundleManifest = {
    ...manifestBase,
    createdAt: link.createdAt,
    sequence: link.sequence,
    previous: link.previous,
  };
  const manifestBytes = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
  const createdAt = new Date(link.createdAt);
  const signature = await signManifest(manifestBytes, identity, createdAt);
  // A fixed entry time (the bundle's) keeps an unchanged meeting's bundle byte for byte the same.
  const entry = (bytes: Uint8Array, level: 0 | 6): Zippable[string] => [
    bytes,
    { level, mtime: createdAt },
  ];
  const entries: Zippable = {
    [FILES.manifest]: entry(manifestBytes, 6),
    [FILES.signature]: entry(new Uint8Array(signature), 0),
  };
  // PDFs are compressed already: stored, as the archive stores them.
  for (const file of content.listed) {
    const bytes = content.files.get(file.name)!;
    entries[file.name] = entry(bytes, file.name.startsWith('pdfs/') ? 0 : 6);
  }
  return { zip: zipSync(entries), manifest, manifestSha256: sha256(manifestBytes) };
}

/** One bundle at a time per data folder: each takes the chain's last link. */
const queues = new Map<string, Promise<unknown>>();

/**
 * The signed bundle of a meeting (seeds/BUNDLE.md). A meeting whose bundle content has not
 * changed since its last bundle gets that bundle again (same sequence, link and bytes): bundles
 * are immutable, and sending one twice adds nothing to the chain. A changed meeting (a new PDF,
 * a follow-up row moved on, a new certificate) gets a new bundle at the end of the chain.
 */
export function writeBundle(meetingId: string, source: BundleSource): Promise<WrittenBundle> {
  const before = queues.get(source.dataDir) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(() => writeInTurn(meetingId, source));
  queues.set(source.dataDir, run);
  const forget = () => {
    if (queues.get(source.dataDir) === run) queues.delete(source.dataDir);
  };
  // The caller gets the failure; this bookkeeping branch must not report it a second time.
  run.then(forget, forget);
  return run;
}

async function writeInTurn(meetingId: string, source: BundleSource): Promise<WrittenBundle> {
  const fs = source.fs ?? nodeFs;
  const events = await source.events(meetingId);
  if (!events || events.length === 0) throw new BundleError('unknownMeeting', { meetingId });
  const chain = await readChain(source.dataDir, fs);
  const identity = await source.identity();
  const [certificate] = identity.certificates;
  if (!certificate) throw new Error('yishiting: the signing identity has no certificate');
  const trusted = await trustedFingerprints(source.dataDir).catch(() => [identity.fingerprint]);
  const pdfs = await bundlePdfs(fs, source.dataDir, meetingId, trusted);
  const registry = await source.followup();
  const content = buildContent(meetingId, events, registry, certificate, pdfs.files);
  const community = (await issuingBodyOf(source.dataDir)).name;
  const base = {
    format: BUNDLE_FORMAT,
    schemaVersion: BUNDLE_SCHEMA_VERSION,
    community: { name: community, certificateFingerprint: content.fingerprint },
    meetingId,
    timeZone: content.timeZone,
    files: [...content.listed],
  } satisfies Omit<BundleManifest, 'sequence' | 'previous' | 'createdAt'>;
  const digest = contentDigest(community, meetingId, content);
  const earlier = chain.meetings[meetingId];
  if (earlier?.content === digest) {
    const again = await assemble(earlier, base, content, identity);
    // Rebuilt from the same parts at the same time, it is the same manifest: the same bundle.
    if (again.manifestSha256 === earlier.manifest)
      return { bytes: again.zip, ...again, isNew: false, skipped: pdfs.skipped };
  }
  const link = {
    sequence: (chain.last?.sequence ?? 0) + 1,
    previous: chain.last?.manifest ?? null,
    createdAt: (source.now ?? (() => new Date()))().toISOString(),
    content: digest,
  };
  const made = await assemble(link, base, content, identity);
  await writeChain(
    source.dataDir,
    {
      version: 1,
      last: { sequence: link.sequence, manifest: made.manifestSha256 },
      meetings: { ...chain.meetings, [meetingId]: { ...link, manifest: made.manifestSha256 } },
    },
    fs,
  );
  return { bytes: made.zip, ...made, isNew: true, skipped: pdfs.skipped };
}
