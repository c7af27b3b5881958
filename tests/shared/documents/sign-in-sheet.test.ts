import { describe, expect, it } from 'vitest';
import { buildSignInSheet, DocumentModelSchema } from '../../../shared/documents';
import { blocksOf, field, modelText, SEED_NAMES, seedScript, seedState } from './helpers';

// The sign-in sheet: blank before the meeting, with recorded times and marks after it.

describe('buildSignInSheet', () => {
  it('lists everyone with category and an empty signature column after the meeting', () => {
    for (const name of SEED_NAMES) {
      const state = seedState(name);
      const model = buildSignInSheet(state, { locale: 'zh-CN' });
      expect(DocumentModelSchema.parse(model)).toEqual(model);
      const table = blocksOf(model, 'table')[0];
      expect(table?.columns.map((c) => c.header)).toEqual([
        '序号',
        '姓名',
        '类别',
        '单位/楼栋',
        '签到时间',
        '签字',
      ]);
      expect(table?.rows.map((r) => r[1])).toEqual(
        state.memberOrder
          .map((id) => state.members[id]!)
          .sort((a, b) => Number(a.role === 'observer') - Number(b.role === 'observer'))
          .map((m) => m.name),
      );
      expect(table?.rows.every((r) => r[5] === '')).toBe(true);
    }
  });

  it('prints sign-in times, 请假 with reason, 缺席, early leaving and observers', () => {
    const model = buildSignInSheet(seedState('village-quorum'), { locale: 'zh-CN' });
    const rows = blocksOf(model, 'table')[0]?.rows ?? [];
    const row = (name: string) => rows.find((r) => r[1] === name);
    expect(row('叶正华')?.[4]).toBe('14:00');
    expect(row('吴土根')?.[4]).toMatch(/^14:04（\d\d:\d\d离会）$/);
    expect(row('叶晓峰')?.[4]).toBe('请假（外出务工）');
    expect(row('包春生')?.[4]).toBe('缺席');
    expect(row('林驻村')?.[2]).toBe('列席（镇驻村干部）');
    expect([field(model, '应到'), field(model, '实到'), field(model, '列席')]).toEqual([
      '30人',
      '22人',
      '1人',
    ]);
  });

  it('is blank before the meeting, with room to sign', () => {
    const script = { ...seedScript('parking-drying'), commands: [] };
    const state = seedState('parking-drying', script);
    expect(state.meeting?.status).toBe('draft');
    const model = buildSignInSheet(state, { locale: 'zh-CN' });
    const table = blocksOf(model, 'table')[0];
    expect(table?.minRowHeightMm).toBe(10);
    expect(table?.rows.every((r) => r[4] === '' && r[5] === '')).toBe(true);
    expect(field(model, '时间')).toBe('2026年5月14日');
    expect(modelText(model)).toContain('请参会人员本人签字');
    // A recorded meeting can still print a blank sheet on request.
    const blank = buildSignInSheet(seedState('parking-drying'), { locale: 'zh-CN', mode: 'blank' });
    expect(blocksOf(blank, 'table')[0]?.rows.every((r) => r[4] === '')).toBe(true);
  });

  it('speaks Traditional Chinese and English', () => {
    const state = seedState('courtyard-repairs');
    const tw = modelText(buildSignInSheet(state, { locale: 'zh-TW' }));
    expect(tw).toContain('簽到表');
    expect(tw).toContain('請假（出差在外）');
    const en = modelText(buildSignInSheet(state, { locale: 'en' }));
    expect(en).toContain('Sign-in sheet: 芳草街12号院');
    expect(en).toContain('No.|Name|Category|Affiliation|Signed in|Signature');
    expect(en).toContain('Excused (出差在外)');
  });
});
