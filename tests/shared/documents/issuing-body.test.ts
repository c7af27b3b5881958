import { describe, expect, it } from 'vitest';
import { requestChannels, mayCall } from '../../../shared/api';
import {
  buildMinutes,
  buildNotice,
  EMPTY_ISSUING_BODY,
  type IssuingBody,
} from '../../../shared/documents';
import { blocksOf, modelText, seedState } from './helpers';

// The issuing body from settings on notices and minutes: the issuer (never read from the
// meeting's title), the addressee per body kind, 监督电话, a named contact, the default objection
// channel and the attachments list; and the API refusing a bad settings payload.

const courtyard = seedState('courtyard-repairs'); // 小区议事会, title "芳草街12号院院落议事会：…"
const village = seedState('village-quorum');

const BODY: IssuingBody = {
  name: '芳华社区居民委员会',
  addressees: { compoundCouncil: '各位居民（业主）', villagerRepsMeeting: '全体村民代表：' },
  supervisionPhone: '028-8555 1234',
  contact: { name: '刘晓燕', phone: '139 0000 5678' },
  objection: { address: '院坝议事亭', phone: '028-8555 0000', contact: '院委会' },
};

const notice = (state = courtyard, extra: object = {}) =>
  buildNotice(state, { locale: 'zh-CN', postedOn: '2026-05-01', itemId: 'i1', ...extra });

describe('the issuing body on documents', () => {
  it('signs the notice with the settings name, not the start of the meeting title', () => {
    const model = notice(courtyard, { issuingBody: BODY });
    expect(blocksOf(model, 'issuer')[0]?.lines).toEqual(['芳华社区居民委员会']);
    expect(model.meta.author).toBe('芳华社区居民委员会');
    // Nothing set: left for the pen, never "芳草街12号院院落议事会" guessed from the title.
    const unset = notice();
    expect(blocksOf(unset, 'issuer')[0]?.lines).toEqual(['【待填写】']);
    expect(modelText(unset)).not.toContain('芳草街12号院院落议事会\n2026年5月1日');
  });

  it("addresses the body kind's line from settings, with the colon GB/T 9704 wants", () => {
    expect(blocksOf(notice(courtyard, { issuingBody: BODY }), 'addressee')[0]?.text).toBe(
      '各位居民（业主）：',
    );
    const villageNotice = buildNotice(village, {
      locale: 'zh-CN',
      postedOn: '2026-05-01',
      voteId: 'v2',
      issuingBody: BODY,
    });
    expect(blocksOf(villageNotice, 'addressee')[0]?.text).toBe('全体村民代表：');
    // A kind with nothing set keeps the built-in line.
    const other = { ...BODY, addressees: {} };
    expect(blocksOf(notice(courtyard, { issuingBody: other }), 'addressee')[0]?.text).toBe(
      '全体业主：',
    );
  });

  it('prints the named contact, 监督电话 and the default objection channel', () => {
    const text = modelText(notice(courtyard, { issuingBody: BODY }));
    expect(text).toContain('向院委会反映（地址：院坝议事亭；电话：028-8555 0000）');
    expect(text).toContain('联系人：刘晓燕，联系电话：139 0000 5678。');
    expect(text).toContain('监督电话：028-8555 1234。');
    // What the chair typed for this notice wins over the saved default.
    const typed = modelText(notice(courtyard, { issuingBody: BODY, objection: { phone: '110' } }));
    expect(typed).toContain('向院委会反映（地址：院坝议事亭；电话：110）');
    // Nothing saved: no contact or supervision line, the channel left for the pen.
    const empty = modelText(notice(courtyard, { issuingBody: EMPTY_ISSUING_BODY }));
    expect(empty).not.toContain('联系人');
    expect(empty).not.toContain('监督电话');
    expect(empty).toContain('（地址：【待填写】；电话：【待填写】）');
  });

  it('lists attachments after the text and before the issuer, numbered when several', () => {
    const one = notice(courtyard, { issuingBody: BODY, attachments: ['施工预算表'] });
    expect(modelText(one)).toContain('附件：施工预算表\n芳华社区居民委员会');
    const two = modelText(
      notice(courtyard, { issuingBody: BODY, attachments: ['施工预算表', ' ', '比选记录'] }),
    );
    expect(two).toContain('附件：1. 施工预算表\n\u3000\u3000\u30002. 比选记录\n芳华社区居民委员会');
    expect(modelText(notice(courtyard, { issuingBody: BODY }))).not.toContain('附件');
    const en = buildNotice(courtyard, {
      locale: 'en',
      postedOn: '2026-05-01',
      itemId: 'i1',
      issuingBody: BODY,
      attachments: ['Budget'],
    });
    expect(modelText(en)).toContain('Attachments: Budget');
    expect(modelText(en)).toContain('Supervision hotline: 028-8555 1234.');
  });

  it('names the issuing body in the minutes', () => {
    const minutes = buildMinutes(courtyard, { locale: 'zh-CN', issuingBody: BODY });
    expect(modelText(minutes)).toContain('发布单位：芳华社区居民委员会');
    expect(minutes.meta.author).toBe('芳华社区居民委员会');
  });
});

describe('the settings API', () => {
  const save = requestChannels['settings/save'].request;

  it('takes a well-formed issuing body, cleaned as typed text is', () => {
    const parsed = save.parse({ issuingBody: { ...BODY, name: ' 芳华社区\u200B居民委员会 ' } });
    expect(parsed.issuingBody.name).toBe('芳华社区居民委员会');
  });

  it.each([
    ['a name too long', { ...BODY, name: '社'.repeat(61) }],
    ['a control character', { ...BODY, supervisionPhone: '028\u0000' }],
    ['an unknown body kind', { ...BODY, addressees: { parliament: '各位' } }],
    ['an unknown field', { ...BODY, seal: 'x' }],
    ['a number for a phone', { ...BODY, contact: { name: '刘', phone: 123 } }],
    ['a missing part', { name: '芳华' }],
  ])('refuses %s', (_, issuingBody) => {
    expect(save.safeParse({ issuingBody }).success).toBe(false);
  });

  it('lets only the chair read or change settings and re-issue the certificate', () => {
    for (const channel of ['settings/get', 'settings/save', 'signing/reissue'] as const) {
      expect(mayCall('chair', channel)).toBe(true);
      expect(mayCall('projector', channel)).toBe(false);
      expect(mayCall('lan', channel)).toBe(false);
    }
  });

  it('takes attachments on a notice export, within limits', () => {
    const exportRequest = requestChannels['documents/export'].request;
    const base = { meetingId: 'm1', kind: 'notice', locale: 'zh-CN' };
    expect(exportRequest.safeParse({ ...base, attachments: ['预算表'] }).success).toBe(true);
    expect(exportRequest.safeParse({ ...base, attachments: ['x'.repeat(101)] }).success).toBe(
      false,
    );
    expect(exportRequest.safeParse({ ...base, attachments: ['a\u0007'] }).success).toBe(false);
  });
});
