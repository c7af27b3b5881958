import { describe, expect, it } from 'vitest';
import { buildMinutes, DocumentModelSchema } from '../../../shared/documents';
import { blocksOf, field, modelText, SEED_NAMES, seedScript, seedState } from './helpers';

// The minutes carry every field RULES.md lists, with numbers straight from the meeting core.

const courtyard = seedState('courtyard-repairs');
const village = seedState('village-quorum');
const parking = seedState('parking-drying');

describe('buildMinutes', () => {
  it('gives a valid model for every seed in every locale, the same twice (pure)', () => {
    for (const name of SEED_NAMES) {
      const state = seedState(name);
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
        const model = buildMinutes(state, { locale });
        expect(DocumentModelSchema.parse(model)).toEqual(model);
        expect(buildMinutes(state, { locale })).toEqual(model);
      }
    }
  });

  it('heads the minutes with name, time, place, chair, recorder, tellers and the counts', () => {
    const model = buildMinutes(courtyard, { locale: 'zh-CN' });
    expect(model).toMatchObject({ kind: 'minutes', layout: 'standard', locale: 'zh-CN' });
    expect(blocksOf(model, 'title')[0]?.text).toBe(
      '芳草街12号院院落议事会：2026年公共维修项目审议会议记录',
    );
    expect(field(model, '会议名称')).toBe('芳草街12号院院落议事会：2026年公共维修项目审议');
    // Opened 01:42:25Z and closed 02:41:14Z: 09:42 and 10:41 in China.
    expect(field(model, '时间')).toBe('2026年4月18日 09:42—10:41');
    expect(field(model, '地点')).toContain('芳草街12号院院坝议事亭');
    expect(field(model, '主持人')).toBe('陈德明（院落党小组组长）');
    expect(field(model, '记录人')).toBe('刘晓燕');
    expect(field(model, '计票人')).toBe('周建国、赵丽华');
    expect([field(model, '应到'), field(model, '实到'), field(model, '缺席')]).toEqual([
      '37人',
      '33人',
      '3人',
    ]);
    const text = modelText(model);
    expect(text).toContain('请假：马俊（出差在外）');
    expect(text).toContain('缺席：张桂芳、于凤英、程建军');
    expect(text).toContain('列席：邱文静（玉林街道办事处）');
    expect(text).toContain('全体成员三分之二以上到会（33/37 到会），符合法定人数');
    expect(text).toContain('散会时间：10:41');
  });

  it('lists every member and observer by name', () => {
    for (const name of SEED_NAMES) {
      const state = seedState(name);
      const text = modelText(buildMinutes(state, { locale: 'zh-CN' }));
      for (const member of Object.values(state.members)) expect(text).toContain(member.name);
    }
  });

  it('gives each vote its method, base, counts, rule with numbers and result', () => {
    const text = modelText(buildMinutes(courtyard, { locale: 'zh-CN' }));
    expect(text).toContain('表决1：是否同意实施3栋、5栋屋面防水翻新（预算12.6万元）');
    expect(text).toContain('表决方式：举手表决（09:58）');
    expect(text).toContain('表决时人数：应到37人，到会33人');
    expect(text).toContain('计票结果：赞成 30 票，反对 2 票，弃权 1 票');
    expect(text).toContain('通过规则核对：全体成员三分之二以上同意（30/37 同意）');
    // Exactly 25 of 37 passes ≥ 2/3 (75 ≥ 74); 24 does not.
    expect(text).toContain('全体成员三分之二以上同意（25/37 同意）\n结论：通过');
    expect(text).toContain('全体成员三分之二以上同意（24/37 同意）\n结论：未通过');
    // The roll call names who voted how.
    expect(text).toContain('反对（7人）：赵丽华、吴建华、朱永生、梁建平、唐翠兰、萧雅琴、许文斌');
  });

  it('prints speeches with speaker, stance, start and duration, and the overrun', () => {
    const model = buildMinutes(parking, { locale: 'zh-CN' });
    const rows = blocksOf(model, 'table')
      .filter((t) => t.columns[3]?.header === '立场')
      .flatMap((t) => t.rows);
    expect(rows.length).toBe(parking.speeches.i1!.length + 6);
    expect(rows.some((r) => r[3] === '程序性发言')).toBe(true);
    expect(rows.some((r) => /超时/.test(r[5] ?? ''))).toBe(true);
  });

  it('records the invalid vote below quorum, the re-vote and who left early', () => {
    const text = modelText(buildMinutes(village, { locale: 'zh-CN' }));
    expect(text).toContain('结论：无效（到会人数不足法定人数）');
    expect(text).toContain('（18/30 到会）');
    expect(text).toContain('到会22人');
    expect(text).toMatch(/中途离会：吴土根（\d\d:\d\d离会）/);
    expect(text).toContain('请假：叶晓峰（外出务工）');
  });

  it('prints choices, satisfaction, resolutions, action items in yuan and voice shares', () => {
    const text = modelText(buildMinutes(parking, { locale: 'zh-CN' }));
    expect(text).toContain('“方案一：开放6号楼、7号楼楼顶平台，加装晾衣架”14票；');
    expect(text).toContain('满意13票，基本满意6票，不满意2票；满意率90.5%');
    expect(text).toContain('1. 同意在小区南侧空地划设夜间临时停车位24个');
    expect(text).toContain(
      '施划夜间临时车位并张贴告示|金永刚（物业）|18,500.00元|2026年5月31日|未开始',
    );
    expect(text).toContain('|孙丽萍|无|2026年6月15日|');
    expect(text).toMatch(/居民\|10\|\d+分\d\d秒\|61\.7%/);
    expect(text).toContain('物业服务企业代表|1|7分00秒|16.2%');
  });

  it('signs for chair and recorder, and for every attendee when asked', () => {
    // Each vote has its own block (计票人, 监票人: minutes-tellers.test.ts); the close has one.
    const plain = blocksOf(buildMinutes(courtyard, { locale: 'zh-CN' }), 'signatures');
    const closing = plain.filter((b) => b.items[0]?.label !== '计票人');
    expect(closing).toHaveLength(1);
    expect(closing[0]?.items.map((i) => i.label)).toEqual(['主持人', '记录人']);
    const all = blocksOf(
      buildMinutes(courtyard, { locale: 'zh-CN', attendeeSignatures: true }),
      'signatures',
    );
    expect(all.at(-1)?.items).toHaveLength(33 + 2); // members present and observers
  });

  it('builds from a meeting not yet held, saying so', () => {
    const draft = seedState('parking-drying', { ...seedScript('parking-drying'), commands: [] });
    const model = buildMinutes(draft, { locale: 'zh-CN' });
    expect(field(model, '时间')).toBe('2026年5月14日');
    expect(field(model, '实到')).toBe('0人');
    expect(field(model, '散会时间')).toBe('会议尚未结束');
  });

  it("prints the chair's notes on an item and on the meeting", () => {
    const item = courtyard.items.i2!;
    const noted = {
      ...courtyard,
      items: {
        ...courtyard.items,
        i2: { ...item, chairNote: '两户对分摊比例有异议，会后单独沟通。' },
      },
      chairNote: '下次会议审议照明方案的调整版。',
    };
    const text = modelText(buildMinutes(noted, { locale: 'zh-CN' }));
    expect(text).toContain('主持人备注：两户对分摊比例有异议，会后单独沟通。');
    expect(text).toContain('主持人备注：下次会议审议照明方案的调整版。');
  });

  it("formats recorded times in the meeting's own zone", () => {
    expect(courtyard.meeting?.timeZone).toBe('Asia/Shanghai');
    expect(field(buildMinutes(courtyard, { locale: 'zh-CN' }), '时间')).toBe(
      '2026年4月18日 09:42—10:41',
    );
    const meeting = courtyard.meeting ?? expect.unreachable();
    const inUtc = { ...courtyard, meeting: { ...meeting, timeZone: 'UTC' } };
    expect(field(buildMinutes(inUtc, { locale: 'zh-CN' }), '时间')).toBe(
      '2026年4月18日 01:42—02:41',
    );
    const inLa = { ...courtyard, meeting: { ...meeting, timeZone: 'America/Los_Angeles' } };
    expect(field(buildMinutes(inLa, { locale: 'zh-CN' }), '时间')).toBe(
      '2026年4月18日 18:42—19:41',
    );
  });

  it('speaks Traditional Chinese and English', () => {
    const tw = modelText(buildMinutes(courtyard, { locale: 'zh-TW' }));
    expect(tw).toContain('會議紀錄');
    expect(tw).toContain('贊成 30 票，反對 2 票，棄權 1 票');
    expect(tw).toContain('全體成員三分之二以上同意（30/37 同意）');
    const en = buildMinutes(courtyard, { locale: 'en', fingerprintLine: 'FP' });
    expect(en.meta.fingerprintLine).toBe('FP');
    const text = modelText(en);
    expect(text).toContain('Minutes of 芳草街12号院院落议事会');
    expect(field(en, 'Time')).toBe('18 April 2026, 09:42–10:41');
    expect(text).toContain('30 yes, 2 no, 1 abstention');
    expect(text).toContain('yes from at least two-thirds of all members (30/37 yes)');
    expect(text).toContain('126,000.00 yuan');
  });
});
