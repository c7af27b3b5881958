import * as asn1js from 'asn1js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../main/pdf/render';
import { describeVerdict, runVerify } from '../../../main/cli/verify';
import { createSelfSigned } from '../../../main/signing/certificate';
import { ensureIdentity, type SigningIdentity } from '../../../main/signing/identity';
import { openKeyring } from '../../../main/signing/keyring';
import { locateSignature } from '../../../main/signing/locate';
import { verifyPdf } from '../../../main/signing/verify';
import { minutesModel } from '../pdf/fixtures';
import { noticeModel, signInSheetModel } from '../pdf/fixtures-notice';
import { cleanupTemp, pdfsigValidation, run, tempPdf, toolsAvailable } from '../pdf/tools';
import { renderSigned, SIGNED_AT, tempDataDir } from './helpers';

let dataDir: string;
let identity: SigningIdentity;
const signed: Record<string, Buffer> = {};

beforeAll(async () => {
  dataDir = tempDataDir();
  identity = await ensureIdentity(dataDir, { installationName: '幸福里社区居民委员会' });
  signed.minutes = await renderSigned(minutesModel(), identity);
  signed.notice = await renderSigned(noticeModel(), identity);
  signed.signIn = await renderSigned(signInSheetModel(), identity);
});
afterAll(cleanupTemp);

const trust = () => ({ trustedFingerprints: [identity.fingerprint] });

/** Positions in the signed ranges: every byte around the signature dictionary, and a spread. */
function flipPositions(pdf: Buffer, spread: number): number[] {
  const [, b, c] = locateSignature(pdf)?.byteRange ?? [0, 0, 0, 0];
  const positions = new Set<number>();
  const dictStart = pdf.lastIndexOf('/ByteRange', b);
  for (let p = Math.max(0, dictStart - 150); p < b; p++) positions.add(p);
  for (let p = c; p < Math.min(pdf.length, c + 150); p++) positions.add(p);
  for (let i = 0; i < spread; i++) {
    const p = Math.floor(((i + 0.5) * pdf.length) / spread);
    if (p < b || p >= c) positions.add(p);
  }
  for (const p of [0, 1, 4, pdf.length - 1, pdf.length - 6]) positions.add(p);
  return [...positions];
}

describe('signPdf and verifyPdf', () => {
  it('signs minutes, notice and sign-in sheet so that verify says valid, with signer and time', () => {
    for (const pdf of Object.values(signed)) {
      const verdict = verifyPdf(pdf, trust());
      expect(verdict).toMatchObject({
        status: 'valid',
        signer: '幸福里社区居民委员会',
        fingerprint: identity.fingerprint,
      });
      expect(verdict.signedAt?.toISOString()).toBe(SIGNED_AT.toISOString());
    }
  });

  it('says unknownSigner for a good signature by a certificate not trusted here, naming it', () => {
    expect(verifyPdf(signed.notice as Buffer, { trustedFingerprints: [] })).toMatchObject({
      status: 'unknownSigner',
      signer: '幸福里社区居民委员会',
      fingerprint: identity.fingerprint,
    });
  });

  it("names the signer by the certificate's own issuer and serial bytes, and embeds it unchanged", () => {
    // Why main/signing/cms.ts exists: forge re-encoded a Chinese issuer, and readers then found
    // no certificate for the signer. Read with asn1js, whose views are the input bytes.
    const pdf = signed.notice as Buffer;
    const [, b, c] = locateSignature(pdf)?.byteRange ?? [0, 0, 0, 0];
    const cms = Buffer.from(pdf.toString('latin1', b + 1, c - 1), 'hex');
    const certificate = identity.certificates[0] as Buffer;
    expect(cms.includes(certificate)).toBe(true);
    const children = (block: asn1js.AsnType): asn1js.AsnType[] =>
      block instanceof asn1js.Constructed ? block.valueBlock.value : [];
    const bytes = (block: asn1js.AsnType | undefined) =>
      Buffer.from(block?.valueBeforeDecodeView ?? new Uint8Array()).toString('hex');
    const tbs = children(children(asn1js.fromBER(new Uint8Array(certificate)).result)[0]!);
    const [serial, , issuer] = tbs.slice(tbs[0]?.idBlock.tagClass === 3 ? 1 : 0);
    expect(Buffer.from(bytes(issuer), 'hex').toString('utf8')).toContain('幸福里社区居民委员会');
    const signedData = children(
      children(children(asn1js.fromBER(new Uint8Array(cms)).result)[1]!)[0]!,
    );
    const signerInfo = children(signedData.at(-1)!)[0]!;
    const [sidIssuer, sidSerial] = children(children(signerInfo)[1]!);
    expect(bytes(sidIssuer)).toBe(bytes(issuer));
    expect(bytes(sidSerial)).toBe(bytes(serial));
  });

  it('says notSigned for an unsigned PDF and unreadable for something else', async () => {
    expect(verifyPdf(await renderPdf(noticeModel()), trust()).status).toBe('notSigned');
    expect(verifyPdf(Buffer.from('hello'), trust()).status).toBe('unreadable');
    const reserved = await renderPdf(noticeModel(), {
      signature: { name: 'x', reason: 'y', signingTime: SIGNED_AT },
    });
    expect(verifyPdf(reserved, trust()).status).toBe('notSigned');
  });

  it('says modified for bytes appended after signing (an incremental update)', () => {
    const pdf = Buffer.concat([signed.notice as Buffer, Buffer.from('\n% appended\n')]);
    expect(verifyPdf(pdf, trust()).status).toBe('modified');
  });

  it('says modified when any single byte of the signed ranges is flipped', () => {
    const pdf = signed.notice as Buffer;
    const positions = flipPositions(pdf, 300);
    expect(positions.length).toBeGreaterThan(500);
    const survivors = positions.filter((p) => {
      const copy = Buffer.from(pdf);
      copy[p] = (copy[p] as number) ^ 0xff;
      return verifyPdf(copy, trust()).status !== 'modified';
    });
    expect(survivors).toEqual([]);
  });

  it('says modified when a length inside the signature itself is changed', () => {
    // Lengths of ContentInfo, its [0] and SignedData (0x30 0x82 LL LL 06 09 … A0 82 LL LL 30 82 LL
    // LL): asn1js alone reads such a CMS leniently and the signature still verifies.
    const pdf = signed.notice as Buffer;
    const [, b] = locateSignature(pdf)?.byteRange ?? [0, 0];
    for (const byte of [2, 3, 17, 18, 21, 22]) {
      const copy = Buffer.from(pdf);
      const at = b + 1 + byte * 2 + 1; // the low hex digit of that byte
      copy[at] = (copy[at] as number) === 0x30 ? 0x31 : 0x30;
      expect(verifyPdf(copy, trust()).status, `byte ${byte}`).toBe('modified');
    }
  });

  it('signs with an imported organisation certificate that has a Chinese name', async () => {
    const dir = tempDataDir();
    const org = createSelfSigned('幸福里街道办事处');
    const keyring = openKeyring(dir);
    await keyring.importPkcs12(org.p12, org.password, 'a passphrase');
    const imported = await keyring.identity();
    const pdf = await renderSigned(noticeModel(), imported);
    expect(verifyPdf(pdf, { trustedFingerprints: [imported.fingerprint] })).toMatchObject({
      status: 'valid',
      signer: '幸福里街道办事处',
    });
  });
});

describe.skipIf(!toolsAvailable)('signed PDFs with pdfsig and qpdf', () => {
  it('pdfsig finds each signature valid and qpdf finds no errors', () => {
    for (const pdf of Object.values(signed)) {
      const file = tempPdf(pdf);
      expect(pdfsigValidation(file)).toBe('Signature is Valid.');
      expect(run('pdfsig', [file]).output).toContain('Total document signed');
      expect(run('pdfsig', [file]).output).toContain(
        'Signer Certificate Common Name: 幸福里社区居民委员会',
      );
      expect(run('qpdf', ['--check', file]).status).toBe(0);
    }
  });

  it('pdfsig agrees on flipped bytes: Digest Mismatch (and it exits 0, so the text is read)', () => {
    const pdf = signed.minutes as Buffer;
    // Inside compressed page content streams: poppler still parses the file and then compares.
    const streams: number[] = [];
    for (let at = pdf.indexOf('stream\n'); at >= 0; at = pdf.indexOf('stream\n', at + 1)) {
      if (pdf[at - 1] !== 0x64) streams.push(at + 7); // skip 'endstream'
    }
    expect(streams.length).toBeGreaterThan(10);
    const picks = [streams[2], streams[Math.floor(streams.length / 2)], streams.at(-3)] as number[];
    for (const position of picks.map((p) => p + 20)) {
      const copy = Buffer.from(pdf);
      copy[position] = (copy[position] as number) ^ 0x01;
      expect(verifyPdf(copy, trust()).status).toBe('modified');
      const file = tempPdf(copy);
      expect(pdfsigValidation(file)).toBe('Digest Mismatch.');
    }
  });
});

describe('runVerify (yishiting verify FILE.pdf)', () => {
  it('exits 0 for valid, 1 for modified or not signed, 2 for unreadable, and says so in zh-CN', async () => {
    const lines: string[] = [];
    const print = (line: string) => lines.push(line);
    const good = tempPdf(signed.notice as Buffer);
    expect(await runVerify(good, { dataDir, print })).toBe(0);
    expect(lines[0]).toBe('签名有效：文件自签名后未被改动。');
    expect(lines.join('\n')).toContain(identity.fingerprint);
    expect(lines.join('\n')).toContain('幸福里社区居民委员会');
    const copy = Buffer.from(signed.notice as Buffer);
    copy[200] = (copy[200] as number) ^ 0xff;
    expect(await runVerify(tempPdf(copy), { dataDir, print })).toBe(1);
    expect(await runVerify(tempPdf(await renderPdf(noticeModel())), { dataDir, print })).toBe(1);
    expect(await runVerify(`${good}.missing`, { dataDir, print })).toBe(2);
    expect(lines.at(-1)).toMatch(/^无法读取文件/);
    expect(await runVerify(good, { dataDir: tempDataDir(), print })).toBe(1); // unknown signer elsewhere
  });

  it('has the verdicts in all three languages', () => {
    const verdict = {
      status: 'modified',
      signer: null,
      signedAt: null,
      fingerprint: null,
      detail: '',
    } as const;
    expect(describeVerdict(verdict, 'zh-TW')[0]).toContain('簽章無效');
    expect(describeVerdict(verdict, 'en')[0]).toContain('Invalid signature');
  });
});
