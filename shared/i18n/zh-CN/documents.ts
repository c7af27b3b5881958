import type { Messages } from '../types';

// Namespace 'documents' (zh-CN). Keys must match the other locales (tests/shared/i18n.test.ts checks).
// Fixed words of the minutes, notice and sign-in sheet, and the verdicts of `yishiting verify`.
const messages: Messages = {
  kind: { minutes: '会议记录', notice: '公示', signInSheet: '签到表' },
  page: { ofTotal: '第 {{page}} 页 共 {{total}} 页', dash: '— {{page}} —' },
  role: {
    chair: '主持人',
    recorder: '记录人',
    teller: '计票人',
    scrutineer: '监票人',
    attendee: '参会人员',
    issuer: '发布单位',
  },
  signature: { sign: '签字', date: '日期' },
  field: {
    name: '会议名称',
    time: '时间',
    place: '地点',
    expected: '应到',
    present: '实到',
    absent: '缺席',
    observers: '列席',
    closedAt: '散会时间',
    category: '类别',
    signedInAt: '签到时间',
    seq: '序号',
    person: '姓名',
  },
  minutes: {
    items: '议题',
    speeches: '发言摘要',
    chairNotes: '主持人备注',
    votes: '表决',
    resolutions: '决议',
    actionItems: '落实事项',
    voiceShares: '话语权分布',
    speech: '{{speaker}}（{{stance}}，{{duration}}）：',
    method: '表决方式',
    counts: '赞成 {{yes}} 票，反对 {{no}} 票，弃权 {{abstain}} 票',
    base: '计票基数',
    rule: '通过规则',
    result: '表决结果',
  },
  notice: {
    titleAbout: '关于{{subject}}的公示',
    postingPeriod: '公示期：{{from}}至{{to}}',
    objection: '公示期内如有异议，请以书面形式向{{contact}}反映（地址：{{address}}；电话：{{phone}}）。',
  },
  qr: { caption: '扫码核对文件指纹' },
  fingerprint: {
    line: '数字签名证书指纹（SHA-256）：{{fingerprint}}',
    document: '文件指纹：{{fingerprint}}',
  },
  verify: {
    valid: '签名有效：文件自签名后未被改动。',
    modified: '签名无效：文件在签名后被改动，或签名已损坏。',
    notSigned: '文件未签名。',
    unknownSigner: '签名完整，但签名证书不在本机信任列表中。',
    unreadable: '无法读取文件：{{reason}}',
    signer: '签名人：{{signer}}',
    signedAt: '签名时间：{{time}}',
    fingerprint: '证书指纹：{{fingerprint}}',
  },
};

export default messages;
