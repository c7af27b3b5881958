import { describe, expect, it } from 'vitest';
import {
  buildNotice,
  DocumentInputError,
  DocumentModelSchema,
  type NoticeOptions,
} from '../../../shared/documents';
import type { MeetingState } from '../../../shared/domain';
import { blocksOf, modelText, seedState } from './helpers';

// The public notice: what was decided, the numbers with percentages and their base, the rule,
// the posting period counted from the day after posting, how to object, issuer and date.

const courtyard = seedState('courtyard-repairs');
const village = seedState('village-quorum');
const parking = seedState('parking-drying');

const zh = (extra: Partial<NoticeOptions> = {}): NoticeOptions => ({
  locale: 'zh-CN',
  postedOn: '2026-05-01',
  ...extra,
});
// parking-drying met on 14 May: its results are posted after that.
const afterParking = (extra: Partial<NoticeOptions> = {}) =>
  zh({ postedOn: '2026-05-15', ...extra });

function inputError(build: () => unknown): DocumentInputError {
  try {
    build();
  } catch (error) {
    if (error instanceof DocumentInputError) return error;
    throw error;
  }
  throw new Error('no DocumentInputError');
}

describe('buildNotice', () => {
  it('lays out a resolution notice in the official look', () => {
    const model = buildNotice(courtyard, zh({ itemId: 'i1' }));
    expect(DocumentModelSchema.parse(model)).toEqual(model);
    expect(model).toMatchObject({ kind: 'notice', layout: 'official', pageNumbers: 'dash' });
    expect(model.blocks.map((b) => b.type).slice(0, 2)).toEqual(['title', 'addressee']);
    expect(blocksOf(model, 'title')[0]?.text).toBe('关于3栋、5栋屋面防水翻新表决结果的公示');
    expect(blocksOf(model, 'addressee')[0]?.text).toBe('全体业主：');
    expect(blocksOf(model, 'issuer')[0]).toEqual({
      type: 'issuer',
      // The 发文单位 comes from settings (issuing-body.test.ts); unset, it is left for the pen.
      lines: ['【待填写】'],
      date: '2026年5月1日',
      sealRoom: true,
    });
    // The QR code carries the renderer's content fingerprint: no payload of our own.
    expect(blocksOf(model, 'qr')[0]?.payload).toBeUndefined();
  });

  it('says what was decided, when, where and by which meeting, with counts, percentages and the rule', () => {
    const text = modelText(buildNotice(courtyard, zh({ itemId: 'i1' })));
    // RULES.md: a notice says when, where and by whom; the chair's name is the minutes' (issue 14:
    // the notice fits one page).
    expect(text).toContain(
      '2026年4月18日，“芳草街12号院院落议事会：2026年公共维修项目审议”会议在成都市武侯区玉林街道芳华社区 芳草街12号院院坝议事亭以举手表决方式对“是否同意实施3栋、5栋屋面防水翻新（预算12.6万元）”进行表决',
    );
    expect(text).toContain(
      '一、表决情况。应到37人，到会33人。赞成30票，占全体成员的81.1%；反对2票，占5.4%；弃权1票，占2.7%。',
    );
    expect(text).toContain('全体成员三分之二以上到会方为有效，全体成员三分之二以上同意方为通过');
    expect(text).toContain('本次表决33/37 到会、30/37 同意。结论：该事项获得通过。');
    expect(text).toContain('决议内容：同意实施3栋、5栋屋面防水翻新工程');
    expect(text).toContain('下一步：期满无异议后按决议组织实施，结果另行公示。');
  });

  it('counts the posting period from the day after posting, with the counting rule', () => {
    const text = modelText(buildNotice(courtyard, zh({ itemId: 'i1' })));
    // 7 calendar days posted on 1 May: 2 May to 8 May (民法典 art. 201).
    expect(text).toContain('三、公示期与异议渠道。2026年5月2日至2026年5月8日（自张贴次日起7日）。');
    // council-default posts for 5 days.
    expect(modelText(buildNotice(parking, afterParking({ voteId: 'v1' })))).toContain(
      '2026年5月16日至2026年5月20日（自张贴次日起5日）',
    );
    // Working days skip the weekend: posted Friday 1 May, Monday 4 May to Friday 8 May.
    const vote = courtyard.votes.v1!;
    const working: MeetingState = {
      ...courtyard,
      votes: {
        ...courtyard.votes,
        v1: { ...vote, preset: { ...vote.preset, posting: { days: 5, counting: 'workingDays' } } },
      },
    };
    expect(modelText(buildNotice(working, zh({ voteId: 'v1' })))).toContain(
      '2026年5月4日至2026年5月8日（自张贴次日起5个工作日，不含周六、周日）',
    );
  });

  it('prints the objection channel, marking defaults to be filled in', () => {
    const defaults = modelText(buildNotice(courtyard, zh({ itemId: 'i1' })));
    expect(defaults).toContain('向【待填写】反映（地址：【待填写】；电话：【待填写】）');
    const given = modelText(
      buildNotice(
        courtyard,
        zh({
          itemId: 'i1',
          objection: { contact: '院委会刘晓燕', address: '院坝议事亭', phone: '028-85550000' },
          issuer: ['芳华社区居民委员会', '芳草街12号院院委会'],
          addressee: '全院居民：',
          nextStep: '由院委会组织比选施工单位。',
        }),
      ),
    );
    expect(given).toContain('向院委会刘晓燕反映（地址：院坝议事亭；电话：028-85550000）');
    expect(given).toContain('芳华社区居民委员会\n芳草街12号院院委会\n2026年5月1日');
    expect(given).toContain('全院居民：');
    expect(given).toContain('下一步：由院委会组织比选施工单位。');
  });

  it('addresses villagers, residents and owners by body kind', () => {
    const addressee = (state: MeetingState, voteId: string) =>
      blocksOf(buildNotice(state, afterParking({ voteId })), 'addressee')[0]?.text;
    expect(addressee(village, 'v2')).toBe('全体村民：');
    expect(addressee(parking, 'v1')).toBe('全体居民：');
    expect(addressee(courtyard, 'v1')).toBe('全体业主：');
  });

  it('reports the passed re-vote for an item, and refuses the invalid vote it replaced', () => {
    expect(modelText(buildNotice(village, zh({ itemId: 'i1' })))).toContain(
      '22/30 到会、19/22 同意。结论：该事项获得通过。',
    );
    // The invalid first vote is superseded: its own notice is refused (notice-rails.test.ts).
    expect(inputError(() => buildNotice(village, zh({ voteId: 'v1' }))).code).toBe(
      'supersededByRevote',
    );
  });

  it('reports a choice with each option, and a satisfaction evaluation with its rate', () => {
    const choice = modelText(buildNotice(parking, afterParking({ voteId: 'v2' })));
    expect(choice).toContain('“方案一：开放6号楼、7号楼楼顶平台，加装晾衣架”14票（56.0%）');
    expect(choice).toContain('弃权1票');
    const evaluation = modelText(buildNotice(parking, afterParking({ voteId: 'v3' })));
    expect(evaluation).toContain(
      '满意13票，基本满意6票，不满意2票，满意率（满意与基本满意合计）90.5%',
    );
    expect(evaluation).toContain('结论：测评有效，满意率90.5%。');
  });

  it('makes a proposal and an implementation public too', () => {
    const proposal = buildNotice(parking, zh({ kind: 'proposal', itemId: 'i1' }));
    expect(blocksOf(proposal, 'title')[0]?.text).toBe(
      '关于小区停车秩序：夜间临时停车位与错峰停车议题的公示',
    );
    expect(modelText(proposal)).toContain('小区现有车位168个、登记车辆231辆');
    // Made public once its action items are done (notice-rails.test.ts refuses it before).
    const finished: MeetingState = {
      ...parking,
      actions: Object.fromEntries(
        Object.entries(parking.actions).map(([id, a]) => [id, { ...a, status: 'done' as const }]),
      ),
    };
    const done = buildNotice(finished, afterParking({ kind: 'implementation', itemId: 'i2' }));
    const rows = blocksOf(done, 'table')[0]?.rows ?? [];
    expect(rows.map((r) => r[0])).toEqual(['楼顶平台加装晾衣架、护栏检查']);
    expect(rows[0]?.[2]).toBe('9,600.00元');
  });

  it('refuses unknown votes and items, a missing target and a malformed date', () => {
    expect(inputError(() => buildNotice(courtyard, zh({ voteId: 'nope' })))).toMatchObject({
      code: 'unknownVote',
      params: { voteId: 'nope' },
    });
    expect(inputError(() => buildNotice(courtyard, zh({ itemId: 'nope' }))).code).toBe(
      'unknownItem',
    );
    expect(inputError(() => buildNotice(courtyard, zh())).code).toBe('needTarget');
    expect(
      inputError(() => buildNotice(courtyard, zh({ itemId: 'i1', postedOn: '2026-02-30' }))).code,
    ).toBe('badDate');
    const noVotes: MeetingState = { ...courtyard, voteOrder: [], votes: {} };
    expect(inputError(() => buildNotice(noVotes, zh({ itemId: 'i1' }))).code).toBe('noVote');
  });

  it('speaks Traditional Chinese and English, with the English date', () => {
    const tw = buildNotice(courtyard, { ...zh({ itemId: 'i1' }), locale: 'zh-TW' });
    expect(blocksOf(tw, 'title')[0]?.text).toBe('關於3栋、5栋屋面防水翻新表決結果的公示');
    expect(blocksOf(tw, 'addressee')[0]?.text).toBe('全體業主：');
    expect(modelText(tw)).toContain('贊成30票，占全體成員的81.1%');
    const en = buildNotice(courtyard, { ...zh({ itemId: 'i1' }), locale: 'en' });
    expect(blocksOf(en, 'title')[0]?.text).toBe(
      'Public notice on the vote on "3栋、5栋屋面防水翻新"',
    );
    expect(blocksOf(en, 'issuer')[0]?.date).toBe('1 May 2026');
    const text = modelText(en);
    expect(text).toContain('To all owners:');
    expect(text).toContain('30 yes (81.1% of all members), 2 no (5.4%), 1 abstention (2.7%)');
    expect(text).toContain(
      '3. Posting period and objections. 2 May 2026 to 8 May 2026 (7 days from',
    );
  });
});
