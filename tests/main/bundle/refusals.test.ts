import { strFromU8, strToU8 } from 'fflate';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeBundleRefusal,
  readBundle,
  type BundleManifest,
  type BundleRefusalCode,
} from '../../../main/bundle';
import { signManifest } from '../../../main/bundle/signature';
import { ensureIdentity, type SigningIdentity } from '../../../main/signing';
import { LOCALES } from '../../../shared/i18n';
import { rawZip, zerosDeflate } from '../storage/zip-bomb';
import {
  bundleOf,
  json,
  laptop,
  NOW,
  removeDir,
  rezip,
  tempDir,
  unzip,
  type Laptop,
} from './fixture';

// Every refusal of readBundle, each made from a real bundle (parking-drying) by hand.

const MEETING = 'parking-drying';
const MINUTES = `pdfs/${MEETING}-会议记录.pdf`;
let folder: Laptop;
let otherDir: string;
let original: Uint8Array;
let own: SigningIdentity;
let other: SigningIdentity;

beforeAll(async () => {
  folder = await laptop([MEETING]);
  original = (await bundleOf(folder.dataDir, MEETING)).bytes;
  own = await ensureIdentity(folder.dataDir);
  otherDir = tempDir();
  other = await ensureIdentity(otherDir, { installationName: '另一个社区居委会', now: NOW });
}, 120_000);
afterAll(() => {
  if (folder) removeDir(folder.dataDir);
  if (otherDir) removeDir(otherDir);
});

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const flip = (bytes: Uint8Array, at = Math.floor(bytes.length / 2)) => {
  const copy = new Uint8Array(bytes);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
};
const manifestOf = (files: Record<string, Uint8Array>) =>
  JSON.parse(strFromU8(files['manifest.json']!)) as BundleManifest;

/** Files changed by `edit`, the manifest's list brought up to date, signed again by `signer`. */
async function resigned(
  signer: SigningIdentity,
  edit: (files: Record<string, Uint8Array>, manifest: BundleManifest) => void,
): Promise<Uint8Array> {
  const files = unzip(original);
  const manifest = manifestOf(files);
  edit(files, manifest);
  manifest.files = manifest.files
    .filter((f) => files[f.name])
    .map((f) => ({ name: f.name, size: files[f.name]!.length, sha256: sha(files[f.name]!) }));
  const bytes = json(manifest);
  const signature = await signManifest(bytes, signer, NOW);
  return rezip(original, (out) => {
    for (const name of Object.keys(out)) delete out[name];
    Object.assign(out, files, {
      'manifest.json': bytes,
      'manifest.sig': new Uint8Array(signature),
    });
  });
}

async function refusedWith(
  bytes: Uint8Array,
  code: BundleRefusalCode,
  file?: string,
  trusted?: string[],
) {
  const read = await readBundle(bytes, trusted ? { trustedFingerprints: trusted } : {});
  if (read.ok) throw new Error(`accepted, expected ${code}`);
  expect(read.refusal.code).toBe(code);
  if (file !== undefined) expect(read.refusal.params.file).toBe(file);
  for (const locale of LOCALES) {
    const words = describeBundleRefusal(read.refusal, locale);
    expect(words).not.toMatch(/storage:|bundle\.refused|\{\{/);
    if (file !== undefined) expect(words).toContain(file);
  }
  return read.refusal;
}

describe('readBundle refuses a changed bundle, saying why', () => {
  it('accepts the bundle as written (the control)', async () => {
    expect((await readBundle(original)).ok).toBe(true);
    expect((await readBundle(original, { trustedFingerprints: [own.fingerprint] })).ok).toBe(true);
  });

  it('a byte flipped in events.jsonl: hash mismatch', async () => {
    await refusedWith(
      rezip(original, (f) => (f['events.jsonl'] = flip(f['events.jsonl']!))),
      'hashMismatch',
      'events.jsonl',
    );
  });

  it('a byte flipped in a PDF: hash mismatch', async () => {
    await refusedWith(
      rezip(original, (f) => (f[MINUTES] = flip(f[MINUTES]!))),
      'hashMismatch',
      MINUTES,
    );
  });

  it('a byte flipped in the manifest: bad signature', async () => {
    const text = (f: Record<string, Uint8Array>) =>
      strToU8(strFromU8(f['manifest.json']!).replace('"sequence": 1', '"sequence": 7'));
    await refusedWith(
      rezip(original, (f) => (f['manifest.json'] = text(f))),
      'badSignature',
    );
    await refusedWith(
      rezip(original, (f) => (f['manifest.json'] = flip(f['manifest.json']!, 5))),
      'badSignature',
    );
  });

  it('the certificate swapped for another community’s: signer mismatch', async () => {
    const pem = strToU8(
      new (await import('node:crypto')).X509Certificate(other.certificates[0]!).toString(),
    );
    await refusedWith(
      rezip(original, (f) => (f['certificate.pem'] = pem)),
      'signerMismatch',
    );
  });

  it('the manifest re-signed with another key: signer mismatch', async () => {
    const bytes = await resigned(other, () => undefined);
    await refusedWith(bytes, 'signerMismatch');
  });

  it('wholly re-made by another key (its own certificate inside): untrusted where the signer is known', async () => {
    const { X509Certificate } = await import('node:crypto');
    const bytes = await resigned(other, (files, manifest) => {
      files['certificate.pem'] = strToU8(new X509Certificate(other.certificates[0]!).toString());
      manifest.community.certificateFingerprint = other.fingerprint;
    });
    expect((await readBundle(bytes)).ok).toBe(true);
    const refused = await refusedWith(bytes, 'untrustedSigner', undefined, [own.fingerprint]);
    expect(refused.params.detail).toBe(other.fingerprint);
  });

  it('a file dropped: missing file', async () => {
    await refusedWith(
      rezip(original, (f) => delete f['followup.json']),
      'missingFile',
      'followup.json',
    );
    await refusedWith(
      rezip(original, (f) => delete f[MINUTES]),
      'missingFile',
      MINUTES,
    );
    await refusedWith(
      rezip(original, (f) => delete f['manifest.sig']),
      'missingFile',
      'manifest.sig',
    );
  });

  it('a file added: extra file, or a name no bundle has', async () => {
    await refusedWith(
      rezip(original, (f) => (f['pdfs/extra.pdf'] = f[MINUTES]!)),
      'extraFile',
      'pdfs/extra.pdf',
    );
    await refusedWith(
      rezip(original, (f) => (f['../evil.sh'] = strToU8('x'))),
      'badFileName',
      '../evil.sh',
    );
  });

  it('not a zip, or a cut one: bad zip', async () => {
    await refusedWith(strToU8('not a zip at all'), 'badZip');
    await refusedWith(original.subarray(0, original.length - 30), 'badZip');
  });

  it('too many files: oversize; a file inflating past its size: zip bomb', async () => {
    await refusedWith(
      rezip(original, (f) => {
        for (let i = 0; i < 200; i++) f[`pdfs/x${i}.pdf`] = strToU8('x');
      }),
      'oversize',
    );
    const bomb = rawZip([
      { name: 'events.jsonl', data: zerosDeflate(2 ** 30), method: 8, declaredSize: 100 },
    ]);
    await refusedWith(bomb, 'zipBomb', 'events.jsonl');
  }, 20_000);

  it('signed, but not the format: schema violation', async () => {
    const wrong = await resigned(own, (_files, manifest) => {
      (manifest as { schemaVersion: number }).schemaVersion = 2;
    });
    await refusedWith(wrong, 'schema', 'manifest.json');
    const badLine = await resigned(own, (files) => {
      files['events.jsonl'] = strToU8(`${strFromU8(files['events.jsonl']!)}{"type":"nonsense"}\n`);
    });
    await refusedWith(badLine, 'schema', 'events.jsonl');
  });

  it('signed, but state.json says what the journal does not: state mismatch', async () => {
    const bytes = await resigned(own, (files) => {
      const state = JSON.parse(strFromU8(files['state.json']!));
      state.votes[state.voteOrder[0]].resolution = '通过了另一项决定';
      files['state.json'] = json(state);
    });
    await refusedWith(bytes, 'stateMismatch', 'state.json');
  });

  it('signed, but carrying a phone number: private data', async () => {
    const bytes = await resigned(own, (files) => {
      const lines = strFromU8(files['events.jsonl']!).split('\n');
      const index = lines.findIndex((line) => line.includes('"roster/memberAdded"'));
      const event = JSON.parse(lines[index]!);
      event.member.phone = '13800000000';
      lines[index] = JSON.stringify(event);
      files['events.jsonl'] = strToU8(lines.join('\n'));
    });
    await refusedWith(bytes, 'privateData', 'events.jsonl');
  });

  it('signed, but a PDF changed inside its own signature: PDF signature broken', async () => {
    const bytes = await resigned(own, (files) => {
      const pdf = Buffer.from(files[MINUTES]!);
      const at = pdf.indexOf('/Producer');
      files[MINUTES] = flip(pdf, at + 3);
    });
    await refusedWith(bytes, 'pdfSignature', MINUTES);
  });
});
