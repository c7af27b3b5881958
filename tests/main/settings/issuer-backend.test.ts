import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../main/backend/backend';
import { documentExporter } from '../../../main/backend/documents';
import { seedCatalogue } from '../../../main/backend/seeds';
import { signingService } from '../../../main/backend/signing';
import { openRepository } from '../../../main/backend/storage-repository';
import { runVerify } from '../../../main/cli/verify';
import { appPaths } from '../../../main/paths';
import { settingsService } from '../../../main/settings/issuing-body-file';
import type { IssuingBody } from '../../../shared/documents';
import { cleanupTemp, pdfText, tempPdf, toolsAvailable } from '../pdf/tools';
import { tempDir } from '../storage/helpers';

// The issuing body end to end through the backend, as the console uses it: saved in settings,
// printed on the notice and the minutes (read back with pdftotext), and named as the signing
// certificate's subject, which `yishiting verify` shows; a new name takes effect for a new
// certificate when the chair re-issues it, and documents signed before still verify.

const BODY: IssuingBody = {
  name: '幸福里社区居民委员会',
  addressees: { compoundCouncil: '各位居民（业主）' },
  supervisionPhone: '010-6401 2345',
  contact: { name: '王敏', phone: '138 0000 1234' },
  objection: { address: '社区居委会一楼', phone: '010-6401 2300', contact: '' },
};

let backend: Backend;
let dataDir = '';
let meetingId = '';
beforeAll(async () => {
  dataDir = tempDir('yst-issuer-');
  const signing = signingService(dataDir);
  backend = createBackend({
    repository: await openRepository(dataDir, { lock: false }),
    seeds: seedCatalogue(appPaths().seedsDir),
    clock: () => Date.parse('2026-05-20T02:00:00Z'),
    newId: () => 'm1',
    documents: documentExporter(dataDir, signing.identity),
    signing,
    settings: settingsService(dataDir),
  });
  const script = JSON.parse(readFileSync('seeds/courtyard-repairs.json', 'utf8')) as unknown;
  const imported = await backend.handle('chair', 'meetings/importScript', { script });
  meetingId = (imported as { value: { meetingId: string } }).value.meetingId;
}, 60_000);
afterAll(async () => {
  await backend.close();
  cleanupTemp();
  rmSync(dataDir, { recursive: true, force: true });
});

const call = (channel: string, request: unknown) => backend.handle('chair', channel, request);
const value = <T>(answer: unknown) => (answer as { ok: true; value: T }).value;
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function exportPdf(request: object): Promise<string> {
  const answer = await call('documents/export', { meetingId, locale: 'zh-CN', ...request });
  expect(answer.ok, JSON.stringify(answer)).toBe(true);
  return tempPdf(Buffer.from(value<{ base64: string }>(answer).base64, 'base64'));
}

async function verifyLines(file: string): Promise<string[]> {
  const lines: string[] = [];
  expect(await runVerify(file, { dataDir, print: (line) => lines.push(line) })).toBe(0);
  return lines;
}

describe.runIf(toolsAvailable)('the issuing body through the backend', () => {
  it('refuses a bad payload and the projector, and changes nothing', async () => {
    expect(await call('settings/get', {})).toMatchObject({
      ok: true,
      value: { notice: { kind: 'missing' } },
    });
    expect(
      await call('settings/save', { issuingBody: { ...BODY, name: '社'.repeat(61) } }),
    ).toMatchObject({ ok: false, error: { code: 'api.malformed' } });
    expect(await backend.handle('projector', 'settings/save', { issuingBody: BODY })).toMatchObject(
      { ok: false, error: { code: 'api.forbidden' } },
    );
    expect(value<{ notice: unknown }>(await call('settings/get', {})).notice).toEqual({
      kind: 'missing',
      keptAs: null,
    });
  });

  it('prints issuer, addressee, phone, contact and attachments, and signs under the name', async () => {
    expect(await call('settings/save', { issuingBody: BODY })).toMatchObject({
      ok: true,
      value: { issuingBody: BODY, notice: null },
    });
    const notice = await exportPdf({
      kind: 'notice',
      voteId: 'v1',
      postedOn: '2026-05-20',
      attachments: ['施工预算表', '比选记录'],
    });
    const text = squeeze(pdfText(notice));
    for (const words of [
      '各位居民（业主）：',
      '向王敏反映（地址：社区居委会一楼；电话：010-64012300）',
      '联系人：王敏，联系电话：13800001234。',
      '监督电话：010-64012345。',
      '附件：1.施工预算表',
      '2.比选记录',
    ])
      expect(text).toContain(words);
    // The issuer block ends the notice (pdftotext may put the QR caption or page number between).
    expect(text).toMatch(/附件：.*幸福里社区居民委员会.*2026年5月20日/);
    expect(text).not.toMatch(/芳草街12号院院落议事会(—\d—)?2026年5月20日/);
    const minutes = squeeze(pdfText(await exportPdf({ kind: 'minutes' })));
    expect(minutes).toContain('发布单位：幸福里社区居民委员会');
    // The certificate was created at the first export, named after the saved 发文单位.
    const status = value<{ subject: string }>(await call('signing/status', {}));
    expect(status.subject).toBe('幸福里社区居民委员会');
    expect(await verifyLines(notice)).toContain('签名人：幸福里社区居民委员会');
  }, 60_000);

  it('re-issues the certificate under a new name on request; old documents still verify', async () => {
    const before = await exportPdf({ kind: 'minutes' });
    const oldFingerprint = value<{ fingerprint: string }>(await call('signing/status', {}));
    await call('settings/save', { issuingBody: { ...BODY, name: '幸福里社区党群服务中心' } });
    // Saving a name does not change the certificate by itself.
    expect(value<{ subject: string }>(await call('signing/status', {})).subject).toBe(
      '幸福里社区居民委员会',
    );
    const reissued = value<{ subject: string; fingerprint: string }>(
      await call('signing/reissue', {}),
    );
    expect(reissued.subject).toBe('幸福里社区党群服务中心');
    expect(reissued.fingerprint).not.toBe(oldFingerprint.fingerprint);
    const after = await exportPdf({ kind: 'minutes' });
    expect(await verifyLines(after)).toContain('签名人：幸福里社区党群服务中心');
    expect(await verifyLines(before)).toContain('签名人：幸福里社区居民委员会');
    const trusted = readFileSync(join(dataDir, 'signing', 'trusted.txt'), 'utf8');
    expect(trusted).toContain(oldFingerprint.fingerprint);
  }, 60_000);
});
