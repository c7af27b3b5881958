import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { exportImplementationNotice } from '../../../main/followup/notice-export';
import { writeIssuingBody } from '../../../main/settings/issuing-body-file';
import { EMPTY_ISSUING_BODY } from '../../../shared/documents';
import { carriedOut, decided } from '../../shared/followup/meetings';
import { cleanupTemp, pdfText, tempPdf, toolsAvailable } from '../pdf/tools';
import { tempDataDir } from '../signing/helpers';

// The follow-up board's implementation-result notice is issued like every other notice: in the
// name saved in the data folder's settings, with its contact and 监督电话.

const dataDir = tempDataDir();
afterAll(() => {
  cleanupTemp();
  rmSync(dataDir, { recursive: true, force: true });
});

describe.runIf(toolsAvailable)('the implementation-result notice', () => {
  it("carries the settings' issuer, contact and supervision phone", async () => {
    await writeIssuingBody(dataDir, {
      ...EMPTY_ISSUING_BODY,
      name: '锦绣苑社区居民委员会',
      supervisionPhone: '12345',
      contact: { name: '周红', phone: '' },
    });
    const item = carriedOut().state.items['m1/a1'];
    if (!item) throw new Error('no item');
    const r = await exportImplementationNotice({
      meeting: decided().state,
      item,
      dataDir,
      unsigned: true,
      options: { locale: 'zh-CN', postedOn: '2026-08-20' },
    });
    if (!r.ok) throw new Error(r.error.code);
    const text = pdfText(tempPdf(r.value)).replace(/\s+/g, '');
    for (const words of ['锦绣苑社区居民委员会', '联系人：周红。', '监督电话：12345。'])
      expect(text).toContain(words);
  });
});
