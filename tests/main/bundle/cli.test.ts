import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runBundle, runBundleVerify } from '../../../main/cli/bundle';
import { buildProgram } from '../../../main/cli/index';
import { ensureIdentity } from '../../../main/signing';
import { laptop, removeDir, rezip, type Laptop } from './fixture';

// `yishiting bundle MEETING --out FILE` and `yishiting bundle verify FILE`.

let folder: Laptop;
let out: string;
beforeAll(async () => {
  folder = await laptop(['village-quorum']);
  out = path.join(folder.dataDir, 'out.zip');
}, 120_000);
afterAll(() => folder && removeDir(folder.dataDir));

function collector() {
  const lines: string[] = [];
  return { lines, sinks: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } };
}

describe('yishiting bundle', () => {
  it('writes the bundle, says what it left out, and verifies it in the chosen language', async () => {
    const written = collector();
    const code = await runBundle(
      'village-quorum',
      { out, data: folder.dataDir, lang: 'en' },
      written.sinks,
    );
    expect(code).toBe(0);
    expect(written.lines).toContain(
      "Not in the bundle: village-quorum-签到表.pdf (a sign-in sheet may show members' phones).",
    );
    expect(written.lines.at(-1)).toBe(`Bundle written: ${out} (number 1 of this community).`);
    const again = collector();
    expect(
      await runBundle('village-quorum', { out, data: folder.dataDir, lang: 'zh-TW' }, again.sinks),
    ).toBe(0);
    expect(again.lines.at(-1)).toContain('會議自第 1 號資料包以來沒有變化');

    const checked = collector();
    expect(await runBundleVerify(out, { lang: 'zh-CN' }, checked.sinks)).toBe(0);
    expect(checked.lines[0]).toBe('数据包完整，签名有效。');
    expect(checked.lines).toContain('社区：幸福里社区居民委员会');
    const { fingerprint } = await ensureIdentity(folder.dataDir);
    expect(checked.lines.join('\n')).toContain(fingerprint);
    expect(
      await runBundleVerify(out, { lang: 'en', fingerprint: [fingerprint] }, collector().sinks),
    ).toBe(0);
  });

  it('refuses a tampered bundle with exit 1 and the reason in words; an unknown meeting with exit 2', async () => {
    const tampered = path.join(folder.dataDir, 'tampered.zip');
    fs.writeFileSync(
      tampered,
      rezip(fs.readFileSync(out), (f) => {
        f['state.json'] = new Uint8Array(
          [...f['state.json']!].map((b, i) => (i === 40 ? b ^ 1 : b)),
        );
      }),
    );
    const refused = collector();
    expect(await runBundleVerify(tampered, { lang: 'en' }, refused.sinks)).toBe(1);
    expect(refused.lines).toEqual([
      'Bundle refused: The file "state.json" was changed after the bundle was signed.',
    ]);
    const unknown = collector();
    expect(
      await runBundle('no-such', { out, data: folder.dataDir, lang: 'zh-CN' }, unknown.sinks),
    ).toBe(2);
    expect(unknown.lines).toEqual(['未找到会议 no-such，未生成数据包。']);
    const noOut = collector();
    expect(
      await runBundle('village-quorum', { data: folder.dataDir, lang: 'en' }, noOut.sinks),
    ).toBe(2);
    expect(noOut.lines[0]).toContain('--out');
  });

  it('is declared so that "bundle verify FILE" checks and "bundle MEETING" writes', async () => {
    const writes = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const errors = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      await buildProgram().parseAsync([
        'node',
        'yishiting',
        'bundle',
        'verify',
        out,
        '--lang',
        'en',
      ]);
      expect(process.exitCode).toBe(0);
      expect(writes.mock.calls.map((c) => String(c[0])).join('')).toContain(
        'The bundle is intact and signed.',
      );
      const second = path.join(folder.dataDir, 'second.zip');
      await buildProgram().parseAsync([
        'node',
        'yishiting',
        'bundle',
        'village-quorum',
        '--out',
        second,
        '--data',
        folder.dataDir,
      ]);
      expect(process.exitCode).toBe(0);
      expect(fs.readFileSync(second).equals(fs.readFileSync(out))).toBe(true);
    } finally {
      writes.mockRestore();
      errors.mockRestore();
      process.exitCode = undefined;
    }
  });
});
