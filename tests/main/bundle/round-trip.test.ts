import { strFromU8 } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundle, verifyChain } from '../../../main/bundle';
import { publicState } from '../../../main/bundle/redact';
import { replay } from '../../../shared/domain';
import {
  bundleOf,
  COMMUNITY,
  laptop,
  NOW,
  PHONES,
  PRIVATE_ITEM_NOTE,
  PRIVATE_NOTE,
  removeDir,
  SEED_FILES,
  unzip,
  type Laptop,
} from './fixture';

// The three seed meetings, stored with phones and private notes, each bundled and read back.

let folder: Laptop;
const bundles: Record<string, Awaited<ReturnType<typeof bundleOf>>> = {};
beforeAll(async () => {
  folder = await laptop();
  for (const seed of SEED_FILES) bundles[seed] = await bundleOf(folder.dataDir, seed);
}, 180_000);
afterAll(() => folder && removeDir(folder.dataDir));

/** Every FlateDecode stream of a PDF inflated, so text kept in compressed streams is seen too. */
function pdfStreams(pdf: Uint8Array): Buffer[] {
  const text = Buffer.from(pdf);
  const out: Buffer[] = [];
  for (let at = text.indexOf('stream\n'); at >= 0; at = text.indexOf('stream\n', at + 1)) {
    const end = text.indexOf('endstream', at);
    try {
      out.push(inflateSync(text.subarray(at + 7, end)));
    } catch {
      // not deflated (or an image): its raw bytes are in the file already
    }
  }
  return out;
}

describe('a bundle per meeting', () => {
  it.each(SEED_FILES)(
    '%s: written, read back verified, with the same journal and state',
    async (seed) => {
      const written = bundles[seed]!;
      const read = await readBundle(written.bytes);
      if (!read.ok)
        throw new Error(`refused: ${read.refusal.code} ${JSON.stringify(read.refusal.params)}`);
      const { bundle } = read;
      expect(bundle.manifest).toEqual(written.manifest);
      expect(bundle.manifest.community.name).toBe(COMMUNITY);
      expect(bundle.manifest.meetingId).toBe(seed);
      expect(bundle.manifest.timeZone).toBe(folder.states[seed]!.meeting!.timeZone);
      expect(bundle.manifest.createdAt).toBe(NOW.toISOString());
      expect(bundle.certificate.subject).toBe(COMMUNITY);
      // The public record is whole: every event, and the state the laptop has, minus what is private.
      expect(bundle.events).toHaveLength(folder.states[seed]!.version);
      expect(bundle.state).toEqual(JSON.parse(JSON.stringify(publicState(folder.states[seed]!))));
      expect(replay(seed, bundle.events).voteOrder).toEqual(folder.states[seed]!.voteOrder);
      // Signed minutes in; the sign-in sheet (printed with phones) left out, and said so.
      expect(bundle.pdfs.map((p) => p.name)).toEqual([`${seed}-会议记录.pdf`]);
      expect(bundle.pdfs[0]!.signer).toBe(bundle.certificate.fingerprint);
      expect(written.skipped).toEqual([{ name: `${seed}-签到表.pdf`, reason: 'signInSheet' }]);
      const actions = folder.states[seed]!.actionOrder.filter(
        (id) => folder.states[seed]!.actions[id]!.status !== 'cancelled',
      );
      expect(bundle.followup.items.map((item) => item.key)).toEqual(
        actions.map((a) => `${seed}/${a}`),
      );
    },
  );

  it('chains the three bundles in the order they were written', () => {
    const manifests = SEED_FILES.map((seed) => bundles[seed]!);
    expect(manifests.map((b) => b.manifest.sequence)).toEqual([1, 2, 3]);
    expect(manifests.map((b) => b.manifest.previous)).toEqual([
      null,
      manifests[0]!.manifestSha256,
      manifests[1]!.manifestSha256,
    ]);
    const report = verifyChain(
      manifests.map((b) => ({ manifest: b.manifest, sha256: b.manifestSha256 })),
    );
    expect(report).toEqual({ ok: true, head: 3, gaps: [], forks: [] });
  });

  it('carries no phone number and no private note in any file (all bytes, PDF streams inflated)', async () => {
    const state = folder.states['parking-drying']!;
    // The laptop has them: the test would find them if they leaked.
    expect(Object.values(state.members).filter((m) => m.phone)).toHaveLength(PHONES.length);
    expect(state.privateNotes.meeting).toBe(PRIVATE_NOTE);
    const sheet = fs.readFileSync(
      path.join(folder.dataDir, 'exports', 'parking-drying', 'parking-drying-签到表.pdf'),
    );
    expect(sheet.length).toBeGreaterThan(0);
    for (const seed of SEED_FILES) {
      for (const [name, bytes] of Object.entries(unzip(bundles[seed]!.bytes))) {
        const views = [Buffer.from(bytes), ...(name.endsWith('.pdf') ? pdfStreams(bytes) : [])];
        for (const view of views) {
          for (const secret of [...PHONES, PRIVATE_NOTE, PRIVATE_ITEM_NOTE]) {
            expect(view.includes(Buffer.from(secret, 'utf8')), `${secret} in ${seed}/${name}`).toBe(
              false,
            );
            expect(
              view.includes(Buffer.from(secret, 'utf16le').swap16()),
              `${secret} in ${name}`,
            ).toBe(false);
          }
          expect(strFromU8(view, true)).not.toMatch(/"phone"|"undo":\[\{/);
        }
      }
    }
  });

  it('gives the same bundle again for an unchanged meeting, and a new link once it changed', async () => {
    const later = () => new Date('2026-07-01T00:00:00Z');
    const again = await bundleOf(folder.dataDir, 'courtyard-repairs', later);
    expect(again.isNew).toBe(false);
    expect(Buffer.from(again.bytes).equals(Buffer.from(bundles['courtyard-repairs']!.bytes))).toBe(
      true,
    );
    // A new signed PDF is a change: a new bundle at the end of the chain, linking to the last.
    const minutes = path.join(
      folder.dataDir,
      'exports',
      'courtyard-repairs',
      'courtyard-repairs-会议记录.pdf',
    );
    fs.copyFileSync(minutes, minutes.replace('会议记录', '会议记录-第二份'));
    const changed = await bundleOf(folder.dataDir, 'courtyard-repairs', later);
    expect(changed.isNew).toBe(true);
    expect(changed.manifest.sequence).toBe(4);
    expect(changed.manifest.previous).toBe(bundles['village-quorum']!.manifestSha256);
    const chain = JSON.parse(
      fs.readFileSync(path.join(folder.dataDir, 'bundles', 'chain.json'), 'utf8'),
    );
    expect(chain.last).toEqual({ sequence: 4, manifest: changed.manifestSha256 });
    // …and that bundle, asked for again, is itself the same bytes.
    const same = await bundleOf(folder.dataDir, 'courtyard-repairs');
    expect(Buffer.from(same.bytes).equals(Buffer.from(changed.bytes))).toBe(true);
    expect(fs.readdirSync(path.join(folder.dataDir, 'bundles'))).toEqual(['chain.json']);
  });
});
