import { afterAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../../main/bundle';
import {
  cleanupCommunities,
  communities,
  foreignIdentity,
  manifestOf,
  resign,
  tamper,
  tamperManifest,
} from './fixtures';

// The hub tests' communities are what the hub must meet: distinct signers, chained bundles, and
// the hand-made bad bundles are refused by readBundle for the reason their names say.

afterAll(cleanupCommunities);

const codeOf = async (bytes: Uint8Array, trusted?: string) => {
  const read = await readBundle(bytes, trusted ? { trustedFingerprints: [trusted] } : {});
  return read.ok ? 'ok' : read.refusal.code;
};

describe('hub test fixtures', () => {
  it('two communities, each with its own certificate and a chain of three seed bundles', async () => {
    const [a, b] = await communities(2);
    expect(a!.fingerprint).not.toBe(b!.fingerprint);
    expect(a!.certificatePem).toMatch(/^-----BEGIN CERTIFICATE-----/);
    for (const community of [a!, b!]) {
      expect(community.manifests.map((m) => m.sequence)).toEqual([1, 2, 3]);
      expect(community.manifests.map((m) => m.previous)).toEqual([
        null,
        community.manifestSha256[0],
        community.manifestSha256[1],
      ]);
      for (const bytes of community.bundles)
        expect(await codeOf(bytes, community.fingerprint)).toBe('ok');
    }
    expect(await codeOf(b!.bundles[0]!, a!.fingerprint)).toBe('untrustedSigner');
  }, 240_000);

  it('tampered, hand-edited and re-signed bundles', async () => {
    const [a] = await communities(1);
    const first = a!.bundles[0]!;
    expect(await codeOf(tamper(first))).toBe('hashMismatch');
    expect(await codeOf(tamperManifest(first))).toBe('badSignature');
    const stranger = await foreignIdentity();
    const remade = await resign(first, stranger);
    expect(await codeOf(remade)).toBe('ok');
    expect(await codeOf(remade, a!.fingerprint)).toBe('untrustedSigner');
    const forked = await resign(first, a!.identity, (m) => (m.sequence = 7));
    expect(await codeOf(forked, a!.fingerprint)).toBe('ok');
    expect(manifestOf(forked).sequence).toBe(7);
  }, 120_000);
});
