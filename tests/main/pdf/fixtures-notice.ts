import type { DocumentModel } from '../../../shared/documents/model';
import { makeNames } from './fixtures';

// A resolution notice in the official layout and a sign-in sheet, hand-built like buildNotice and
// buildSignInSheet will build them.

/** A public notice (公示) for the notice board, GB/T 9704 look. */
export function noticeModel(): DocumentModel {
  return {
    version: 1,
    kind: 'notice',
    locale: 'zh-CN',
    layout: 'official',
    meta: {
      title: '关于幸福里小区3号楼加装电梯及动用专项维修资金的公示',
      author: '幸福里社区居民委员会',
    },
    header: null,
    pageNumbers: 'dash',
    blocks: [
      { type: 'title', text: '关于幸福里小区3号楼加装电梯及动用专项维修资金的公示' },
      { type: 'addressee', text: '全体居民：' },
      {
        type: 'paragraph',
        text: '2026年5月1日下午，幸福里社区居民议事会在社区党群服务中心召开会议，由鄧麗君主持，对“3号楼加装电梯及动用专项维修资金”事项进行了表决。现公示如下：',
      },
      { type: 'heading', level: 1, text: '一、表决情况' },
      {
        type: 'paragraph',
        text: '应到成员37人，实到35人，列席2人。无记名投票表决：赞成28票，反对5票，弃权2票，赞成票占到会人员的80.0%。',
      },
      { type: 'heading', level: 1, text: '二、表决规则与结论' },
      {
        type: 'paragraph',
        text: '依照议事会议事规则，本事项须经全体成员三分之二以上同意方可通过（28/37，需至少25票）。该事项获得通过。下一步由社区居委会会同物业编制施工方案，施工前另行公示。',
      },
      { type: 'heading', level: 1, text: '三、公示期与异议渠道' },
      {
        type: 'paragraph',
        text: '公示期：2026年5月2日至2026年5月9日（7天）。公示期内如有异议，请以书面形式向社区居委会王建国反映（地址：党群服务中心一楼窗口；电话：010-65432109）。',
      },
      {
        type: 'issuer',
        lines: ['幸福里社区居民委员会', '幸福里社区居民议事会'],
        date: '2026年5月1日',
        sealRoom: true,
      },
      { type: 'qr', caption: '扫码核对文件指纹' },
    ],
  };
}

/** A sign-in sheet after the meeting, with categories and sign-in times. */
export function signInSheetModel(count = 60): DocumentModel {
  const names = makeNames(count);
  const categories = [
    '居民代表',
    '两委成员',
    '业委会代表',
    '物业代表',
    '社会组织代表',
    '外来人口代表',
  ];
  return {
    version: 1,
    kind: 'signInSheet',
    locale: 'zh-CN',
    layout: 'standard',
    meta: { title: '幸福里社区居民议事会2026年第二次会议签到表' },
    header: '幸福里社区居民议事会2026年第二次会议 · 签到表',
    pageNumbers: 'pageOfTotal',
    blocks: [
      { type: 'title', text: '幸福里社区居民议事会2026年第二次会议签到表' },
      {
        type: 'fields',
        columns: 2,
        items: [
          { label: '时间', value: '2026年5月1日 14:00' },
          { label: '地点', value: '幸福里社区党群服务中心二楼会议室' },
        ],
      },
      {
        type: 'table',
        minRowHeightMm: 10,
        columns: [
          { header: '序号', width: 0.8, align: 'center' },
          { header: '姓名', width: 1.8 },
          { header: '类别', width: 2 },
          { header: '签到时间', width: 1.4, align: 'center' },
          { header: '签字', width: 2.4 },
        ],
        rows: names.map((name, i) => [
          String(i + 1),
          name,
          categories[i % categories.length] ?? '',
          i % 9 === 4 ? '' : `13:${String(20 + (i % 39)).padStart(2, '0')}`,
          '',
        ]),
      },
    ],
  };
}

/** A short notice in Traditional Chinese (zh-TW), set in Noto Sans TC. */
export function traditionalNoticeModel(): DocumentModel {
  const base = noticeModel();
  return {
    ...base,
    locale: 'zh-TW',
    meta: { title: '關於幸福里社區停車管理辦法的公示' },
    blocks: [
      { type: 'title', text: '關於幸福里社區停車管理辦法的公示' },
      { type: 'addressee', text: '全體居民：' },
      {
        type: 'paragraph',
        text: '經議事會表決，贊成30票，反對3票，棄權2票，通過《幸福里社區停車管理辦法》。公示期內如有異議，請以書面形式向社區居委會反映。',
      },
      { type: 'issuer', lines: ['幸福里社區居民委員會'], date: '2026年5月1日', sealRoom: true },
    ],
  };
}

export { makeNames };
