import { strFromU8, strToU8 } from 'fflate';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readBundle,
  verifyChain,
  type BundleManifest,
  type ChainEntry,
} from '../../../main/bundle';
import { signManifest } from '../../../main/bundle/signature';
import { ensureIdentity } from '../../../main/signing';
import { bundleOf, json, laptop, NOW, removeDir, rezip, unzip, type Laptop } from './fixture';

// Five meetings, five bundles in one chain; the hub's view when one never arrives (deleted) and
// one is altered after the fact by whoever holds the key (re-signed, so it verifies on its own).

const IDS = ['m1', 'm2', 'm3', 'm4', 'm5'];
let folder: Laptop;
const entries: ChainEntry[] = [];
const bytes: Uint8Array[] = [];

beforeAll(async () => {
  folder = await laptop(Array(IDS.length).fill('village-quorum'), IDS);
  for (const id of IDS) {
    const written = await bundleOf(folder.dataDir, id);
    bytes.push(written.bytes);
    entries.push({ manifest: written.manifest, sha256: written.manifestSha256 });
  }
}, 240_000);
afterAll(() => folder && removeDir(folder.dataDir));

/** Bundle 3 with a vote's resolution rewritten in journal and state, re-signed with the key. */
async function altered(): Promise<ChainEntry> {
  const files = unzip(bytes[2]!);
  const events = strFromU8(files['events.jsonl']!).replace(
    /"resolution":"[^"]+"/,
    '"resolution":"否决"',
  );
  files['events.jsonl'] = strToU8(events);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as BundleManifest;
  manifest.files = manifest.files.map((f) =>
    f.name === 'events.jsonl'
      ? {
          ...f,
          size: files[f.name]!.length,
          sha256: createHash('sha256').update(files[f.name]!).digest('hex'),
        }
      : f,
  );
  const manifestBytes = json(manifest);
  const signature = await signManifest(manifestBytes, await ensureIdentity(folder.dataDir), NOW);
  const changed = rezip(bytes[2]!, (f) => {
    Object.assign(f, files, {
      'manifest.json': manifestBytes,
      'manifest.sig': new Uint8Array(signature),
    });
  });
  const read = await readBundle(changed);
  // Signed by the right key: on its own, readBundle sees only that the state no longer matches.
  expect(read.ok || read.refusal.code).toBe('stateMismatch');
  return { manifest, sha256: createHash('sha256').update(manifestBytes).digest('hex') };
}

describe('verifyChain', () => {
  it('finds nothing wrong in five bundles written one after the other, in any order', () => {
    expect(entries.map((e) => e.manifest.sequence)).toEqual([1, 2, 3, 4, 5]);
    expect(verifyChain([...entries].reverse())).toEqual({ ok: true, head: 5, gaps: [], forks: [] });
    expect(verifyChain([...entries, entries[1]!]).ok).toBe(true);
  });

  it('shows a deleted meeting as a gap', () => {
    const report = verifyChain(entries.filter((_, i) => i !== 1));
    expect(report.ok).toBe(false);
    expect(report.gaps).toEqual([{ kind: 'missing', from: 2, to: 2 }]);
    expect(verifyChain(entries.slice(1)).gaps).toEqual([{ kind: 'missing', from: 1, to: 1 }]);
  });

  it('shows an altered meeting as a broken link at its successor, and as a fork beside the original', async () => {
    const changed = await altered();
    const swapped = entries.map((e, i) => (i === 2 ? changed : e));
    const report = verifyChain(swapped);
    expect(report.forks).toEqual([]);
    expect(report.gaps).toEqual([
      { kind: 'broken', sequence: 4, expected: entries[2]!.sha256, found: changed.sha256 },
    ]);
    const both = verifyChain([...entries, changed]);
    expect(both.forks).toEqual([
      { sequence: 3, manifests: [entries[2]!.sha256, changed.sha256].sort() },
    ]);
  });

  it('with one removed and one altered, shows both', async () => {
    const changed = await altered();
    const report = verifyChain(
      [entries[0]!, entries[2]!, changed, entries[3]!, entries[4]!].filter((e) => e !== entries[2]),
    );
    expect(report.gaps).toEqual([
      { kind: 'missing', from: 2, to: 2 },
      { kind: 'broken', sequence: 4, expected: entries[2]!.sha256, found: changed.sha256 },
    ]);
  });
});
