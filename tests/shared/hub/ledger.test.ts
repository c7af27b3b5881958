import { describe, expect, it } from 'vitest';
import { HUB_WORDS } from '../../../shared/i18n/hub';
import {
  ledgerHeader,
  ledgerRow,
  percentOfPermille,
  type LedgerSource,
} from '../../../shared/hub/ledger';

const source: LedgerSource = {
  communityName: '幸福里社区居民委员会',
  meetingTitle: '停车与晾晒议事会',
  heldOn: '2026-05-14',
  timeZone: 'Asia/Urumqi',
  itemTitle: '非机动车棚充电桩',
  resolution: '增设充电口20个',
  vote: { outcome: 'passed', yes: 30, no: 2, abstain: 1 },
  owner: '王主任',
  deadline: '2026-06-15',
  status: 'inProgress',
  overdue: true,
  satisfactionPermille: 867,
  comments: [
    // 2026-06-20 19:00 UTC is 01:00 on the 21st in Urumqi (UTC+6).
    { author: 'li', body: '请说明进度', createdAtMs: Date.UTC(2026, 5, 20, 19, 0) },
    { author: 'zhang', body: '已催办', createdAtMs: Date.UTC(2026, 5, 1, 17, 30) },
  ],
};

describe('ledger rows', () => {
  it('has the twelve columns the office files, in order', () => {
    expect(ledgerHeader(HUB_WORDS['zh-CN'])).toEqual([
      '社区',
      '会议',
      '日期',
      '议题/事项',
      '决议',
      '表决结果',
      '责任人',
      '期限',
      '状态',
      '是否逾期',
      '满意率',
      '督办意见',
    ]);
  });

  it('words a row in the chosen language; comments oldest first, dated in the meeting’s zone', () => {
    expect(ledgerRow(source, HUB_WORDS['zh-CN'])).toEqual([
      '幸福里社区居民委员会',
      '停车与晾晒议事会',
      '2026-05-14',
      '非机动车棚充电桩',
      '增设充电口20个',
      '通过（赞成30，反对2，弃权1）',
      '王主任',
      '2026-06-15',
      '办理中',
      '是',
      '86.7%',
      // 2026-06-01 17:30 UTC is 23:30 in Urumqi (the 1st) but the 2nd in Shanghai.
      '2026-06-01 zhang：已催办\n2026-06-21 li：请说明进度',
    ]);
    const en = ledgerRow(
      { ...source, overdue: false, vote: null, satisfactionPermille: null },
      HUB_WORDS.en,
    );
    expect(en.slice(5, 11)).toEqual(['', '王主任', '2026-06-15', 'In progress', 'No', '']);
  });

  it('prints per mille as a percentage with one decimal', () => {
    expect(percentOfPermille(1000)).toBe('100.0%');
    expect(percentOfPermille(5)).toBe('0.5%');
  });
});
