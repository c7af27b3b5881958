import type { Messages } from '../types';

// Namespace 'documents' (zh-TW). Keys must match the other locales (tests/shared/i18n.test.ts checks).
// Fixed words of the minutes, notice and sign-in sheet, and the verdicts of `yishiting verify`.
const messages: Messages = {
  kind: { minutes: '會議記錄', notice: '公示', signInSheet: '簽到表' },
  page: { ofTotal: '第 {{page}} 頁 共 {{total}} 頁', dash: '— {{page}} —' },
  role: {
    chair: '主持人',
    recorder: '記錄人',
    teller: '計票人',
    scrutineer: '監票人',
    attendee: '與會人員',
    issuer: '發布單位',
  },
  signature: { sign: '簽字', date: '日期' },
  field: {
    name: '會議名稱',
    time: '時間',
    place: '地點',
    expected: '應到',
    present: '實到',
    absent: '缺席',
    observers: '列席',
    closedAt: '散會時間',
    category: '類別',
    signedInAt: '簽到時間',
    seq: '序號',
    person: '姓名',
  },
  minutes: {
    items: '議題',
    speeches: '發言摘要',
    chairNotes: '主持人備註',
    votes: '表決',
    resolutions: '決議',
    actionItems: '落實事項',
    voiceShares: '話語權分布',
    speech: '{{speaker}}（{{stance}}，{{duration}}）：',
    method: '表決方式',
    counts: '贊成 {{yes}} 票，反對 {{no}} 票，棄權 {{abstain}} 票',
    base: '計票基數',
    rule: '通過規則',
    result: '表決結果',
  },
  notice: {
    titleAbout: '關於{{subject}}的公示',
    postingPeriod: '公示期：{{from}}至{{to}}',
    objection: '公示期內如有異議，請以書面形式向{{contact}}反映（地址：{{address}}；電話：{{phone}}）。',
  },
  qr: { caption: '掃碼核對文件指紋' },
  fingerprint: {
    line: '數位簽章憑證指紋（SHA-256）：{{fingerprint}}',
    document: '文件指紋：{{fingerprint}}',
  },
  verify: {
    valid: '簽章有效：文件自簽章後未被改動。',
    modified: '簽章無效：文件在簽章後被改動，或簽章已損壞。',
    notSigned: '文件未簽章。',
    unknownSigner: '簽章完整，但簽章憑證不在本機信任清單中。',
    unreadable: '無法讀取文件：{{reason}}',
    signer: '簽章人：{{signer}}',
    signedAt: '簽章時間：{{time}}',
    fingerprint: '憑證指紋：{{fingerprint}}',
  },
};

export default messages;
