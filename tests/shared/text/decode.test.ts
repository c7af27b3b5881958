import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeText, TEXT_ERROR_CODES } from '../../../shared/text/decode';
import { describeError } from '../../../shared/i18n/describe-error';
import { LOCALES, translator } from '../../../shared/i18n';

const sample = '{"title":"业主大会 第一次会议","note":"議事廳"}';
const utf8 = new TextEncoder().encode(sample);

/** Real GBK bytes, made by the system's iconv rather than by the decoder under test. */
function iconv(text: string, to: string): Uint8Array {
  return new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: text }));
}

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i += 1)
    view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8)).toEqual({ ok: true, text: sample, encoding: 'UTF-8' });
  });

  it('reads UTF-8 with a BOM and removes the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: sample, encoding: 'UTF-8' });
  });

  it('reads GBK bytes as Chinese, not replacement characters', () => {
    const simplified = '{"title":"业主大会 第一次会议"}';
    const bytes = iconv(simplified, 'GBK');
    expect(bytes.length).not.toBe(new TextEncoder().encode(simplified).length);
    expect(decodeText(bytes)).toEqual({ ok: true, text: simplified, encoding: 'GB18030' });
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    expect(decodeText(utf16(sample, true))).toEqual({
      ok: true,
      text: sample,
      encoding: 'UTF-16LE',
    });
    expect(decodeText(utf16(sample, false))).toEqual({
      ok: true,
      text: sample,
      encoding: 'UTF-16BE',
    });
    // Cross-checked against iconv's own UTF-16LE output.
    const fromIconv = iconv(sample, 'UTF-16LE');
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...fromIconv]))).toMatchObject({ text: sample });
  });

  it('refuses garbage bytes', () => {
    const garbage = new Uint8Array([0x80, 0xff, 0xfe, 0x81, 0x20, 0xff, 0x80, 0x30]);
    expect(decodeText(garbage)).toEqual({
      ok: false,
      error: { code: 'text.undecodable', params: {} },
    });
  });

  it('refuses binary data that happens to be valid UTF-8', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]);
    expect(decodeText(bytes)).toMatchObject({ ok: false, error: { code: 'text.binary' } });
  });

  it('names the encoding it cannot read or that is damaged', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0]))).toEqual({
      ok: false,
      error: { code: 'text.unsupportedEncoding', params: { encoding: 'UTF-32LE' } },
    });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toEqual({
      ok: false,
      error: { code: 'text.damaged', params: { encoding: 'UTF-8' } },
    });
  });

  it('has words for every refusal in every locale', () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const code of TEXT_ERROR_CODES) {
        const words = describeError(t, { code, params: { encoding: 'UTF-32LE' } });
        expect(words, `${locale} ${code}`).not.toContain(code);
        expect(words).not.toBe(t('ui:errors.unknown', { code }));
      }
    }
    expect(
      describeError(translator('zh-CN'), {
        code: 'text.unsupportedEncoding',
        params: { encoding: 'UTF-32LE' },
      }),
    ).toContain('UTF-32LE');
  });
});
