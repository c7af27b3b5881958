import { describe, expect, it } from 'vitest';
import {
  buildMinutes,
  buildNotice,
  buildSignInSheet,
  DocumentModelSchema,
  type DocumentModel,
} from '../../../shared/documents';
import type { Locale } from '../../../shared/i18n';
import { blocksOf, field, modelText, seedState } from './helpers';
import { PHONE_MEMBERS, phonesState } from './phones-fixture';

// Issue 16 in the records: the minutes say how each member signed in and, per vote, how many
// ballots came by phone and how many by hands, paper or the roll call; a roll call names each
// phone answer; a secret vote gives counts only. The notice gives the split in one sentence.

const phones = phonesState();
const plain = seedState('courtyard-repairs');
const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en'];

const rosterTable = (model: DocumentModel) =>
  blocksOf(model, 'table').find((table) => table.repeatHeader === true);

/** The vote fields of vote `num` (1-based) in the minutes. */
function voteFields(model: DocumentModel, num: number): Record<string, string> {
  const at = model.blocks.findIndex(
    (b) =>
      b.type === 'heading' &&
      b.level === 2 &&
      new RegExp(`^(表决|表決|Vote )${num}[：:]`).test(b.text),
  );
  const block = model.blocks[at + 1];
  if (block?.type !== 'fields') throw new Error(`no fields after vote ${num}`);
  return Object.fromEntries(block.items.map((item) => [item.label, item.value]));
}

describe('minutes with phones', () => {
  it('says how each member signed in: 登记 or 手机, with the legend under the table', () => {
    const model = buildMinutes(phones, { locale: 'zh-CN' });
    const table = rosterTable(model);
    expect(table?.columns.map((c) => c.header)).toContain('方式');
    const via = table!.columns.findIndex((c) => c.header === '方式');
    const byName = new Map(table!.rows.map((row) => [row[1], row[via]]));
    for (const id of PHONE_MEMBERS) expect(byName.get(phones.members[id]!.name)).toBe('手机');
    expect(byName.get(phones.members.m01!.name)).toBe('登记');
    // Absent members have no channel.
    const absent = Object.keys(phones.members).find(
      (id) => !phones.attendance[id]?.intervals.length,
    );
    if (absent) expect(byName.get(phones.members[absent]!.name)).toBe('');
    expect(modelText(model)).toContain(
      '“方式”一栏：“登记”为主持人在会场登记，“手机”为本人用手机签到。',
    );
  });

  it('keeps the old table where nobody used a phone', () => {
    const model = buildMinutes(plain, { locale: 'zh-CN' });
    expect(rosterTable(model)?.columns.map((c) => c.header)).not.toContain('方式');
    expect(modelText(model)).not.toContain('手机');
    expect(modelText(model)).not.toContain('分渠道计票');
  });

  it('splits a hands vote’s counts by channel, key by key, and the totals stay the seed’s', () => {
    const fields = voteFields(buildMinutes(phones, { locale: 'zh-CN' }), 1);
    expect(fields['计票结果']).toBe('赞成 30 票，反对 2 票，弃权 1 票');
    expect(fields['分渠道计票']).toBe(
      '手机 10 票（赞成8、反对1、弃权1）；举手 23 票（赞成22、反对1、弃权0）',
    );
  });

  it('gives a secret vote only how many ballots came each way, never a name', () => {
    const model = buildMinutes(phones, { locale: 'zh-CN' });
    const fields = voteFields(model, 2);
    expect(fields['计票结果']).toBe('赞成 25 票，反对 6 票，弃权 2 票');
    expect(fields['分渠道计票']).toBe(
      '手机 10 票，纸质选票 23 票；无记名投票只记票数，不记录谁投了什么',
    );
    const names = Object.values(phones.members).map((m) => m.name);
    for (const value of Object.values(fields)) {
      for (const name of names) expect(value).not.toContain(name);
    }
  });

  it('names each roll-call answer with its channel', () => {
    const fields = voteFields(buildMinutes(phones, { locale: 'zh-CN' }), 3);
    const yes = Object.entries(fields).find(([label]) => label.startsWith('赞成（'));
    expect(yes?.[0]).toBe('赞成（24人）');
    expect(yes?.[1]).toContain('陈德明、刘晓燕、周建国（手机）');
    expect(fields['反对（7人）']).toContain('赵丽华（手机）');
    expect(fields['分渠道计票']).toMatch(/^手机 10 票（赞成8、反对2、弃权0）；主持人登记 23 票/);
  });

  it('words the split in every locale, with a valid model', () => {
    for (const locale of LOCALES) {
      const model = buildMinutes(phones, { locale });
      expect(DocumentModelSchema.parse(model)).toEqual(model);
      const text = modelText(model);
      expect(text).not.toMatch(/documents:|channel\./);
    }
    const en = modelText(buildMinutes(phones, { locale: 'en' }));
    expect(en).toContain('phones 10 (Yes 8, No 1, Abstain 1); hands 23 (Yes 22, No 1, Abstain 0)');
    expect(en).toContain(`${phones.members.m03!.name} (phone)`);
    const tw = modelText(buildMinutes(phones, { locale: 'zh-TW' }));
    expect(tw).toContain('手機 10 票');
    expect(tw).toContain('紙本選票 23 票');
  });
});

describe('notice with phones', () => {
  const notice = (locale: Locale, voteId: string) =>
    modelText(buildNotice(phones, { locale, postedOn: '2026-05-01', voteId }));

  it('gives the counts with the split by channel, in all three languages', () => {
    expect(notice('zh-CN', 'v1')).toContain('其中手机投票10票，举手23票。');
    expect(notice('zh-CN', 'v2')).toContain('其中手机投票10票，纸质选票23票。');
    expect(notice('zh-TW', 'v1')).toContain('其中手機投票10票，舉手23票。');
    expect(notice('en', 'v1')).toMatch(
      /Of these, 10 were cast on phones and 23 by show of hands\./,
    );
  });

  it('says nothing of channels where no phone was used', () => {
    const text = modelText(
      buildNotice(plain, { locale: 'zh-CN', postedOn: '2026-05-01', voteId: 'v1' }),
    );
    expect(text).not.toContain('手机');
  });

  it('never names who voted on a phone in a secret vote', () => {
    const text = notice('zh-CN', 'v2');
    for (const id of PHONE_MEMBERS) expect(text).not.toContain(phones.members[id]!.name);
  });
});

describe('sign-in sheet with phones', () => {
  it('is a valid model in every locale', () => {
    for (const locale of LOCALES) {
      const model = buildSignInSheet(phones, { locale });
      expect(DocumentModelSchema.parse(model)).toEqual(model);
    }
    expect(field(buildMinutes(phones, { locale: 'zh-CN' }), '实到')).toBe('33人');
  });
});
