import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runVerify } from '../../../main/cli/verify';
import { exportImplementationNotice } from '../../../main/followup/notice-export';
import { carriedOut, decided } from '../../shared/followup/meetings';
import { cleanupTemp, pdfText, tempPdf, toolsAvailable } from '../pdf/tools';
import { tempDataDir } from '../signing/helpers';

afterAll(cleanupTemp);

const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the exported implementation-result notice', () => {
  it('is signed so that yishiting verify accepts it', async () => {
    const dataDir = tempDataDir();
    const item = carriedOut().state.items['m1/a1'];
    if (!item) throw new Error('no item');
    const r = await exportImplementationNotice({
      meeting: decided().state,
      item,
      dataDir,
      now: new Date('2026-08-20T02:00:00Z'),
      options: { locale: 'zh-CN', postedOn: '2026-08-20' },
    });
    if (!r.ok) throw new Error(r.error.code);
    const file = join(dataDir, 'implementation.pdf');
    writeFileSync(file, r.value);
    const lines: string[] = [];
    expect(await runVerify(file, { dataDir, print: (line) => lines.push(line) })).toBe(0);
    if (!toolsAvailable) return;
    // pdftotext shows the evaluation figures and the cost.
    const text = squeeze(pdfText(tempPdf(r.value)));
    for (const words of ['满意13人', '基本满意6人', '不满意2人', '满意率90.5%', '11,800.00元'])
      expect(text).toContain(words);
  });

  it('is refused for an item that is not done', async () => {
    const item = carriedOut().state.items['m1/a1'];
    if (!item) throw new Error('no item');
    const r = await exportImplementationNotice({
      meeting: decided().state,
      item: { ...item, status: 'inProgress' },
      dataDir: tempDataDir(),
      unsigned: true,
      options: { locale: 'zh-CN', postedOn: '2026-08-20' },
    });
    expect(r.ok ? 'ok' : r.error.code).toBe('actionItem.notDone');
  });
});
