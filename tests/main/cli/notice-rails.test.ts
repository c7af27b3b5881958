import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../main/cli/export';
import { translator } from '../../../shared/i18n';
import { SEEDS_DIR } from '../../shared/documents/helpers';
import { tempDataDir } from '../signing/helpers';

// `yishiting export notice` applies the notice guard rails: what cannot be true is refused with
// exit 2, the reason in the chosen language and nothing written; what is only unusual is written
// with the warning on stderr. The printed notice carries each share of its own measure.

const dataDir = tempDataDir();
const VILLAGE = join(SEEDS_DIR, 'village-quorum.json'); // met 2026-03-20; v1 invalid, v2 re-vote
const PARKING = join(SEEDS_DIR, 'parking-drying.json'); // met 2026-05-14

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

type Flags = Partial<Parameters<typeof runExport>[2]>;

async function exportNotice(meeting: string, name: string, flags: Flags) {
  const out = join(dataDir, `${name}.pdf`);
  const lines = { out: [] as string[], err: [] as string[] };
  const status = await runExport(
    'notice',
    meeting,
    { lang: 'zh-CN', out, data: dataDir, unsigned: true, noticeKind: 'resolution', ...flags },
    { out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) },
  );
  return { status, out, stdout: lines.out.join('\n'), stderr: lines.err.join('\n') };
}

describe('yishiting export notice: guard rails', () => {
  it('refuses a result posted before the meeting, saying why, writing nothing', async () => {
    const r = await exportNotice(PARKING, 'early', { vote: 'v1', postedOn: '2026-04-27' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      '张贴日期2026年4月27日早于会议日期2026年5月14日：会议作出决定之前，不能公示表决结果或实施情况',
    );
    expect(existsSync(r.out)).toBe(false);
  });

  it('refuses a proposal whose period outlasts the meeting, in the chosen language', async () => {
    const r = await exportNotice(PARKING, 'proposal', {
      noticeKind: 'proposal',
      item: 'i1',
      postedOn: '2026-05-10',
      lang: 'en',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('post it on 8 May 2026 at the latest');
    expect(existsSync(r.out)).toBe(false);
  });

  it('refuses the invalid vote a passed re-vote replaced, and an implementation still 待办', async () => {
    const invalid = await exportNotice(VILLAGE, 'invalid', { vote: 'v1', postedOn: '2026-03-21' });
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('同一议题的再次表决');
    const pending = await exportNotice(VILLAGE, 'pending', {
      noticeKind: 'implementation',
      item: 'i1',
      postedOn: '2026-06-01',
    });
    expect(pending.status).toBe(2);
    const planned = translator('zh-CN')('domain:actionStatus.planned');
    expect(pending.stderr).toContain(`向镇农经站申报一事一议财政奖补项目（${planned}）`);
    expect(existsSync(pending.out)).toBe(false);
  });

  it('writes an unusual notice but warns on stderr', async () => {
    const r = await exportNotice(PARKING, 'late', { vote: 'v1', postedOn: '2026-07-01' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('注意：张贴日期距会议已有48天；表决结果通常在会后及时公示。');
    expect(r.stdout).toContain('已导出');
    // The written notice: a survey is worded as one, and its counts are shares of heads.
    const survey = await exportNotice(PARKING, 'survey', { vote: 'v3', postedOn: '2026-05-15' });
    expect(survey.status, survey.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', survey.out, '-'])
      .toString()
      .replace(/\s+/g, '');
    expect(text).toContain('测评结果的公示');
    expect(text).toContain('期满后测评结果存档备查');
    expect(text).not.toContain('组织实施');
    expect(readFileSync(survey.out).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
