import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  readIssuingSettings,
  settingsService,
  SETTINGS_FILE,
  writeIssuingBody,
} from '../../../main/settings/issuing-body-file';
import { EMPTY_ISSUING_BODY, type IssuingBody } from '../../../shared/documents';
import { tempDataDir } from '../signing/helpers';

// The issuing body's settings beside the data: saved and read back exactly, written atomically
// and privately; a missing file is a first run, a damaged one gives defaults with a notice and is
// set aside for a person to look at, never a crash.

const BODY: IssuingBody = {
  name: '幸福里社区居民委员会',
  addressees: { compoundCouncil: '各位居民（业主）', villagerRepsMeeting: '全体村民代表' },
  supervisionPhone: '010-6401 2345',
  contact: { name: '王敏', phone: '138 0000 1234' },
  objection: { address: '社区居委会一楼', phone: '010-6401 2300', contact: '社区居务监督委员会' },
};

const dirs: string[] = [];
function folder(): string {
  const dir = tempDataDir();
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('issuing-body settings file', () => {
  it('reads back what was saved, privately and without a temporary file left', async () => {
    const dir = folder();
    await writeIssuingBody(dir, BODY);
    expect(await readIssuingSettings(dir)).toEqual({ issuingBody: BODY, notice: null });
    expect(statSync(join(dir, SETTINGS_FILE)).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('gives defaults and says so when nothing was saved yet', async () => {
    expect(await readIssuingSettings(folder())).toEqual({
      issuingBody: EMPTY_ISSUING_BODY,
      notice: { kind: 'missing', keptAs: null },
    });
  });

  it.each([
    ['broken JSON', '{"version":1,"issuingBody":'],
    [
      'a field out of range',
      JSON.stringify({ version: 1, issuingBody: { ...BODY, name: 'x'.repeat(500) } }),
    ],
    ['a hostile key', '{"version":1,"__proto__":{"name":"x"}}'],
    ['an empty file', ''],
  ])(
    'gives defaults with a notice for %s, and keeps the damaged file in quarantine',
    async (_, text) => {
      const dir = folder();
      writeFileSync(join(dir, SETTINGS_FILE), text);
      const service = settingsService(dir);
      const first = await service.get();
      expect(first.issuingBody).toEqual(EMPTY_ISSUING_BODY);
      expect(first.notice?.kind).toBe('corrupt');
      expect(first.notice?.keptAs).toMatch(/^quarantine[/\\].*settings\.json$/);
      expect(readFileSync(join(dir, first.notice!.keptAs!), 'utf8')).toBe(text);
      // The notice stays until the chair saves, though the file has been moved aside.
      expect((await service.get()).notice?.kind).toBe('corrupt');
      expect(await service.save(BODY)).toEqual({ issuingBody: BODY, notice: null });
      expect(await service.get()).toEqual({ issuingBody: BODY, notice: null });
    },
  );

  it('does not crash on a folder where the file should be', async () => {
    const dir = folder();
    mkdirSync(join(dir, SETTINGS_FILE));
    expect((await readIssuingSettings(dir)).notice?.kind).toBe('corrupt');
  });

  it('refuses to write what the schema refuses, and leaves the old file as it was', async () => {
    const dir = folder();
    await writeIssuingBody(dir, BODY);
    await expect(
      writeIssuingBody(dir, { ...BODY, supervisionPhone: 'a\u0007b' }),
    ).rejects.toThrow();
    expect((await readIssuingSettings(dir)).issuingBody).toEqual(BODY);
  });
});
