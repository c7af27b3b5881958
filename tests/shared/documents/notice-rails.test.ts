import { describe, expect, it } from 'vitest';
import type { DocumentInputError } from '../../../shared/documents';
import {
  buildNotice,
  checkNotice,
  describeNoticeWarning,
  type NoticeOptions,
} from '../../../shared/documents';
import type { MeetingState } from '../../../shared/domain';
import { presetById } from '../../../shared/domain/rules';
import { LOCALES, translator } from '../../../shared/i18n';
import { modelText, seedState } from './helpers';

// Guard rails on what a notice makes public: refused where it cannot be true, warned where it is
// only unusual, and worded for the kind of vote. Each case is one seen in exported notices.

const courtyard = seedState('courtyard-repairs'); // met 2026-04-18
const village = seedState('village-quorum'); // met 2026-03-20; v1 invalid, v2 its passed re-vote
const parking = seedState('parking-drying'); // met 2026-05-14; council-default posts 5 days

const zh = (extra: Partial<NoticeOptions>): NoticeOptions => ({
  locale: 'zh-CN',
  postedOn: '2026-05-15',
  ...extra,
});

function refusal(state: MeetingState, options: NoticeOptions): DocumentInputError {
  const { refusal: checked } = checkNotice(state, options);
  if (!checked) throw new Error('not refused');
  // buildNotice refuses with the same reason: one rule for the CLI, the backend and the console.
  expect(() => buildNotice(state, options)).toThrow(checked);
  return checked;
}

const words = (error: DocumentInputError, locale: 'zh-CN' | 'en' = 'zh-CN') =>
  translator(locale)(error.key, error.params);

describe('a resolution notice', () => {
  it('is refused before the meeting has voted (its period would end before the meeting)', () => {
    const error = refusal(courtyard, zh({ voteId: 'v1', postedOn: '2026-04-01' }));
    expect(error.code).toBe('postedBeforeMeeting');
    expect(words(error)).toBe(
      '张贴日期2026年4月1日早于会议日期2026年4月18日：会议作出决定之前，不能公示表决结果或实施情况',
    );
    // The meeting day itself is fine: results are read out and posted on the spot.
    expect(checkNotice(courtyard, zh({ voteId: 'v1', postedOn: '2026-04-18' })).refusal).toBeNull();
  });

  it('is refused for an invalid vote whose re-vote passed, naming the re-vote', () => {
    const error = refusal(village, zh({ voteId: 'v1' }));
    expect(error.code).toBe('supersededByRevote');
    expect(words(error)).toContain('到会人数不足法定人数');
    expect(words(error)).toContain('“是否同意主干道拓宽硬化工程筹资筹劳方案（重新表决）”已获通过');
  });

  it('for an invalid vote with no re-vote: warned, no objection period, no implementation', () => {
    const alone: MeetingState = {
      ...village,
      voteOrder: village.voteOrder.filter((id) => id !== 'v2'),
      votes: Object.fromEntries(Object.entries(village.votes).filter(([id]) => id !== 'v2')),
    };
    const options = zh({ voteId: 'v1', postedOn: '2026-03-21' });
    const { refusal: none, warnings } = checkNotice(alone, options);
    expect(none).toBeNull();
    expect(warnings.map((w) => describeNoticeWarning(w, translator('zh-CN')))).toEqual([
      '注意：该次表决无效（到会人数不足法定人数），不形成决议：公示只说明情况，不设异议期。',
    ]);
    const text = modelText(buildNotice(alone, options));
    expect(text).toContain('结论：表决无效（到会人数不足法定人数）。');
    expect(text).toContain('下一步：本次表决无效，不形成决议；该事项将另行组织表决。');
    expect(text).not.toContain('公示期');
    expect(text).not.toContain('异议');
    expect(text).not.toContain('组织实施');
  });

  it('is refused while the vote is open or once it was voided', () => {
    const v1 = courtyard.votes.v1!;
    const open = {
      ...courtyard,
      votes: { ...courtyard.votes, v1: { ...v1, status: 'open' as const } },
    };
    expect(refusal(open, zh({ voteId: 'v1' })).code).toBe('voteOpen');
    const voided = {
      ...courtyard,
      votes: {
        ...courtyard.votes,
        v1: { ...v1, status: 'voided' as const, voidReason: '计票有误' },
      },
    };
    const error = refusal(voided, zh({ voteId: 'v1' }));
    expect(error.code).toBe('voteVoided');
    expect(words(error)).toContain('已作废（计票有误）');
  });

  it('warns when posted long after the meeting, or when a later vote on the item exists', () => {
    const late = checkNotice(courtyard, zh({ voteId: 'v1', postedOn: '2026-06-30' }));
    expect(late.refusal).toBeNull();
    expect(late.warnings).toEqual([{ code: 'lateResolution', params: { days: '73' } }]);
    const stale: MeetingState = {
      ...village,
      votes: {
        ...village.votes,
        v1: {
          ...village.votes.v1!,
          outcome: { ...village.votes.v1!.outcome!, result: 'failed', invalidReason: null },
        },
      },
    };
    const { warnings } = checkNotice(stale, zh({ voteId: 'v1', postedOn: '2026-03-21' }));
    expect(warnings.map((w) => w.code)).toEqual(['laterVote']);
    expect(describeNoticeWarning(warnings[0]!, translator('zh-CN'))).toContain('结果：通过');
  });

  it('names the chosen option of a choice', () => {
    const text = modelText(buildNotice(parking, zh({ voteId: 'v2' })));
    expect(text).toContain('结论：“方案一：开放6号楼、7号楼楼顶平台，加装晾衣架”获得通过。');
  });

  it('words a satisfaction survey as 测评: it is filed, not carried out', () => {
    const model = buildNotice(parking, zh({ voteId: 'v3' }));
    const text = modelText(model);
    expect(model.meta.title).toBe('关于上季度项目满意度测评：非机动车棚智能充电桩测评结果的公示');
    expect(text).toContain('进行满意度测评，结果如下');
    expect(text).toContain('一、测评情况');
    expect(text).toContain('二、测评规则与结论');
    expect(text).toContain('本次测评21/25 到会。结论：测评有效，满意率90.5%。');
    expect(text).toContain('下一步：期满后测评结果存档备查，作为改进工作的依据。');
    // Seen before: '按决议组织实施' on a survey.
    expect(text).not.toContain('组织实施');
    expect(text).not.toContain('表决结果');
  });
});

describe('a proposal notice', () => {
  it('is refused when its posting period runs past the meeting, with the last day to post', () => {
    // Posted 10 May: 5 days run 11–15 May, past the meeting on the 14th.
    const error = refusal(parking, zh({ kind: 'proposal', itemId: 'i1', postedOn: '2026-05-10' }));
    expect(error.code).toBe('proposalPastMeeting');
    expect(error.params).toEqual({
      to: '2026年5月15日',
      date: '2026年5月14日',
      latest: '2026年5月8日',
    });
    expect(words(error, 'en')).toBe(
      'The posting period runs to 2026年5月15日, not ending before the meeting (2026年5月14日): post it on 2026年5月8日 at the latest',
    );
    // Posted on that last day the period ends on the 13th.
    const inTime = checkNotice(
      parking,
      zh({ kind: 'proposal', itemId: 'i1', postedOn: '2026-05-08' }),
    );
    expect(inTime).toEqual({ refusal: null, warnings: [] });
  });

  it('is refused on or after the meeting day', () => {
    for (const postedOn of ['2026-05-14', '2026-05-20']) {
      expect(refusal(parking, zh({ kind: 'proposal', itemId: 'i1', postedOn })).code).toBe(
        'proposalNotBefore',
      );
    }
  });

  it('warns when posted later than the preset’s notice period (owners: 15 days)', () => {
    const owners: MeetingState = {
      ...courtyard,
      meeting: { ...courtyard.meeting!, preset: presetById('owners-general')! },
    };
    const { refusal: none, warnings } = checkNotice(
      owners,
      zh({ kind: 'proposal', itemId: 'i1', postedOn: '2026-04-08' }),
    );
    expect(none).toBeNull();
    expect(warnings).toEqual([
      {
        code: 'shortNotice',
        params: { preset: '业主大会（一般事项，含使用维修资金）', days: '15', actual: '10' },
      },
    ]);
  });
});

describe('an implementation notice', () => {
  it('is refused while its action items are still planned, listing them', () => {
    const error = refusal(parking, zh({ kind: 'implementation', itemId: 'i1' }));
    expect(error.code).toBe('actionsNotDone');
    const planned = translator('zh-CN')('domain:actionStatus.planned');
    expect(error.params.pending).toBe(
      `施划夜间临时车位并张贴告示（${planned}）、与区文化馆、和平里小学协商错峰停车协议（${planned}）`,
    );
    expect(words(error)).toContain('请在追踪清册中登记完成情况后从追踪清册导出');
  });

  it('is refused for an item with no passed vote or no action items', () => {
    expect(refusal(courtyard, zh({ kind: 'implementation', itemId: 'i3' })).code).toBe(
      'noPassedVote',
    );
    const bare: MeetingState = { ...parking, actionOrder: [], actions: {} };
    expect(refusal(bare, zh({ kind: 'implementation', itemId: 'i1' })).code).toBe('noActions');
  });

  it('once done, is made but warns that cost, dates and evaluation live in the register', () => {
    const done: MeetingState = {
      ...parking,
      actions: Object.fromEntries(
        Object.entries(parking.actions).map(([id, a]) => [id, { ...a, status: 'done' as const }]),
      ),
    };
    const options = zh({ kind: 'implementation', itemId: 'i1' });
    expect(checkNotice(done, options).warnings.map((w) => w.code)).toEqual(['meetingRecordOnly']);
    expect(modelText(buildNotice(done, options))).toContain('公示期满无异议后，办结归档。');
    // Before the meeting it cannot have been carried out.
    expect(refusal(done, { ...options, postedOn: '2026-05-01' }).code).toBe('postedBeforeMeeting');
  });
});

describe('the guard rails’ words', () => {
  const codes = [
    'voteOpen',
    'voteVoided',
    'postedBeforeMeeting',
    'proposalNotBefore',
    'proposalPastMeeting',
    'supersededByRevote',
    'noPassedVote',
    'noActions',
    'actionsNotDone',
  ];
  const warnings = [
    'invalidVote',
    'laterVote',
    'lateResolution',
    'shortNotice',
    'meetingRecordOnly',
  ];

  it('exist in every language, for refusals and warnings alike', () => {
    for (const locale of LOCALES) {
      const t = translator(locale);
      for (const code of codes) {
        const text = t(`documents:export.${code}`, {});
        expect(text, `${locale} ${code}`).not.toContain(`export.${code}`);
      }
      for (const code of warnings) {
        const text = t(`documents:noticeWarning.${code}`, {});
        expect(text, `${locale} ${code}`).not.toContain(`noticeWarning.${code}`);
      }
    }
  });
});
