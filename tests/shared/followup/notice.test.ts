import { describe, expect, it } from 'vitest';
import { actionImports, buildImplementationNotice } from '../../../shared/followup';
import type { DocumentModel } from '../../../shared/documents';
import { Registry } from './helpers';
import { carriedOut, decided, evaluating } from './meetings';

const texts = (model: DocumentModel): string[] =>
  model.blocks.flatMap((b) => {
    if (b.type === 'heading' || b.type === 'title') return [b.text];
    if (b.type === 'paragraph') return [typeof b.text === 'string' ? b.text : ''];
    if (b.type === 'fields') return b.items.map((i) => `${i.label}：${i.value}`);
    return [];
  });

const options = { locale: 'zh-CN', postedOn: '2026-08-20' } as const;

describe('the implementation-result notice (实施结果公开)', () => {
  it('reports what was done, the cost, the dates and the latest evaluation with its rate', () => {
    const item = carriedOut().state.items['m1/a1'];
    if (!item) throw new Error('no item');
    const r = buildImplementationNotice(decided().state, item, options);
    if (!r.ok) throw new Error(r.error.code);
    const lines = texts(r.value);
    expect(lines[0]).toContain('实施情况的公示');
    expect(lines).toContain('落实事项：联系施工队');
    expect(lines).toContain('计划预算：12,600.00元');
    expect(lines).toContain('实际支出：11,800.00元');
    expect(lines).toContain('完成日期：2026年7月1日');
    expect(lines).toContain('实施情况：电梯安装完毕并通过验收');
    expect(lines).toContain('三、满意度测评');
    expect(lines.join('\n')).toContain('满意13人，基本满意6人，不满意2人，满意率90.5%');
    expect(lines.join('\n')).toContain('（满意 + 基本满意）÷（满意 + 基本满意 + 不满意）');
    expect(lines).toContain('四、公示期与异议渠道');
    expect(r.value.blocks.some((b) => b.type === 'table')).toBe(false);
    expect(r.value.blocks.at(-1)?.type).toBe('qr');
  });

  it('says so when the item has not been evaluated; English works too', () => {
    const item = carriedOut(false).state.items['m1/a1'];
    if (!item) throw new Error('no item');
    const r = buildImplementationNotice(decided().state, item, { ...options, locale: 'en' });
    if (!r.ok) throw new Error(r.error.code);
    expect(texts(r.value)).toContain('This item has not been evaluated yet.');
  });

  it('is only for a done item of that meeting', () => {
    const reg = new Registry();
    for (const input of actionImports(reg.state, decided().state)) reg.do(input);
    const item = reg.state.items['m1/a1'];
    if (!item) throw new Error('no item');
    const notDone = buildImplementationNotice(decided().state, item, options);
    expect(notDone.ok ? '' : notDone.error.code).toBe('actionItem.notDone');
    const wrong = buildImplementationNotice(evaluating().state, item, options);
    expect(wrong.ok ? '' : wrong.error.code).toBe('actionItem.unknown');
  });
});
