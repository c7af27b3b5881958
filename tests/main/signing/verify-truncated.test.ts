import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeHashes, runVerify } from '../../../main/cli/verify';
import { documentFingerprint } from '../../../main/pdf/fingerprint';
import { renderPdf } from '../../../main/pdf/render';
import { ensureIdentity, type SigningIdentity } from '../../../main/signing/identity';
import { verifyPdf } from '../../../main/signing/verify';
import { minutesModel } from '../pdf/fixtures';
import { noticeModel } from '../pdf/fixtures-notice';
import { cleanupTemp, tempPdf } from '../pdf/tools';
import { renderSigned, tempDataDir } from './helpers';

// A PDF cut short (an interrupted download or copy, down to a 100-byte stub) is "unreadable: not
// a complete PDF", exit 2, never "changed after signing" (exit 1): nobody changed what was signed.
// And `verify --hash` prints the SHA-256 a notice's QR code shows, recomputed from the file.

let dataDir: string;
let identity: SigningIdentity;
const signed: Record<string, Buffer> = {};

beforeAll(async () => {
  dataDir = tempDataDir();
  identity = await ensureIdentity(dataDir);
  signed.notice = await renderSigned(noticeModel(), identity);
  signed.minutes = await renderSigned(minutesModel(), identity);
});
afterAll(() => {
  cleanupTemp();
  rmSync(dataDir, { recursive: true, force: true });
});

const trust = () => ({ trustedFingerprints: [identity.fingerprint] });

/** Cut lengths: a spread over the whole file, every length near both ends and around the sig. */
function cutLengths(pdf: Buffer): number[] {
  const lengths = new Set<number>([1, 8, 100, 101, 1024, pdf.length - 1]);
  for (let i = 0; i < 150; i++) lengths.add(Math.floor(((i + 0.5) * pdf.length) / 150));
  for (let n = 0; n < 400; n++) lengths.add(n);
  for (let n = pdf.length - 1100; n < pdf.length; n++) lengths.add(n);
  const sig = pdf.indexOf('/ByteRange');
  for (let n = sig - 50; n < sig + 400; n++) lengths.add(n);
  return [...lengths].filter((n) => n > 0 && n < pdf.length).sort((a, b) => a - b);
}

describe('verify on a truncated PDF', () => {
  it('says unreadable (not complete) at every cut length, never modified or not signed', () => {
    for (const kind of ['notice', 'minutes'] as const) {
      const pdf = signed[kind] as Buffer;
      expect(verifyPdf(pdf, trust()).status).toBe('valid');
      const lengths = cutLengths(pdf);
      expect(lengths.length).toBeGreaterThan(1500);
      const wrong = lengths
        .map((n) => ({ n, verdict: verifyPdf(pdf.subarray(0, n), trust()) }))
        // Under 5 bytes not even '%PDF-' is there: unreadable as "not a PDF file".
        .filter(
          ({ n, verdict }) => verdict.status !== 'unreadable' || (n >= 5 && !verdict.incomplete),
        )
        .map(({ n, verdict }) => `${kind} cut at ${n}: ${verdict.status}`);
      expect(wrong).toEqual([]);
    }
  });

  it('exits 2 with "not a complete PDF" in each language for a 100-byte stub', async () => {
    const stub = tempPdf((signed.notice as Buffer).subarray(0, 100));
    const expected = {
      'zh-CN': '不是一个完整的 PDF',
      'zh-TW': '不是一份完整的 PDF',
      en: 'not a complete PDF',
    };
    for (const [locale, words] of Object.entries(expected)) {
      const lines: string[] = [];
      const code = await runVerify(stub, {
        dataDir,
        locale: locale as keyof typeof expected,
        print: (l) => lines.push(l),
      });
      expect(code).toBe(2);
      expect(lines.join('\n')).toContain(words);
    }
  });

  it('still says modified for bytes appended after signing, and valid for the whole file', async () => {
    const pdf = signed.notice as Buffer;
    const appended = Buffer.concat([pdf, Buffer.from('\n% appended\n')]);
    expect(verifyPdf(appended, trust()).status).toBe('modified');
    expect(await runVerify(tempPdf(pdf), { dataDir, print: () => undefined })).toBe(0);
  });
});

describe('verify --hash', () => {
  it("prints the notice's QR hash, recomputed from the embedded content, and the file's SHA-256", async () => {
    const model = noticeModel();
    const pdf = signed.notice as Buffer;
    const lines: string[] = [];
    const code = await runVerify(tempPdf(pdf), {
      dataDir,
      hash: true,
      print: (l) => lines.push(l),
    });
    expect(code).toBe(0);
    expect(lines[0]).toContain(`SHA-256: ${documentFingerprint(model)}`);
    expect(lines[1]).toContain(createHash('sha256').update(pdf).digest('hex'));
    expect(lines[2]).toBe('签名有效：文件自签名后未被改动。');
  });

  it('says when a file has no QR content, and still gives the file hash', async () => {
    const unsignedMinutes = await renderPdf(minutesModel());
    const [content, file] = describeHashes(unsignedMinutes, 'en');
    expect(content).toContain('no QR code content');
    expect(file).toContain(createHash('sha256').update(unsignedMinutes).digest('hex'));
  });
});
