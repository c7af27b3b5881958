import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../main/cli/export';
import { writeIssuingBody } from '../../../main/settings/issuing-body-file';
import { EMPTY_ISSUING_BODY } from '../../../shared/documents';
import { pdfText, toolsAvailable } from '../pdf/tools';
import { tempDir } from '../storage/helpers';

// `yishiting export` takes the issuing body from the data folder's settings (the file the
// console edits), and from flags for one export; a bad flag is refused with nothing written.

const dataDir = tempDir('yst-issuer-cli-');
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function exportNotice(flags: object): Promise<{ code: number; text: string; err: string[] }> {
  const out = join(dataDir, `notice-${Math.random().toString(36).slice(2)}.pdf`);
  const err: string[] = [];
  const code = await runExport(
    'notice',
    'seeds/courtyard-repairs.json',
    {
      out,
      lang: 'zh-CN',
      data: dataDir,
      noticeKind: 'resolution',
      vote: 'v1',
      postedOn: '2026-05-20',
      unsigned: true,
      ...flags,
    },
    { out: () => undefined, err: (line) => err.push(line) },
  );
  return { code, text: code === 0 ? pdfText(out).replace(/\s+/g, '') : '', err };
}

describe.runIf(toolsAvailable)('yishiting export with an issuing body', () => {
  it("uses the data folder's settings, and flags over them for one export", async () => {
    await writeIssuingBody(dataDir, {
      ...EMPTY_ISSUING_BODY,
      name: '芳华社区居民委员会',
      supervisionPhone: '12345',
    });
    const saved = await exportNotice({});
    expect(saved.code).toBe(0);
    expect(saved.text).toContain('芳华社区居民委员会');
    expect(saved.text).toContain('监督电话：12345。');
    const flagged = await exportNotice({
      issuer: '芳草街12号院院委会',
      addressee: '全院居民',
      contact: '刘晓燕',
      contactPhone: '139',
      attachment: ['施工预算表'],
    });
    expect(flagged.code).toBe(0);
    expect(flagged.text).toContain('全院居民：');
    expect(flagged.text).toContain('联系人：刘晓燕，联系电话：139。');
    expect(flagged.text).toContain('附件：施工预算表');
    expect(flagged.text).toContain('芳草街12号院院委会');
    expect(flagged.text).not.toContain('芳华社区居民委员会');
    expect(flagged.text).toContain('监督电话：12345。');
  }, 60_000);

  it('refuses a flag with a control character, writing nothing', async () => {
    const bad = await exportNotice({ issuer: 'x\u0007' });
    expect(bad.code).toBe(2);
    expect(bad.err.join('\n')).toContain('发文单位参数“name”无效');
  }, 60_000);
});
