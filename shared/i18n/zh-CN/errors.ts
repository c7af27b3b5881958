import type { Messages } from '../types';

// Namespace 'errors' (zh-CN). Keys must match the other locales (tests/shared/i18n.test.ts checks).
// Domain rejections: the code is the key (shared/domain/errors.ts lists them all).
const messages: Messages = {
  command: {
    malformed: '指令格式不正确（位置：{{path}}，问题：{{issue}}）',
    controlCharacter:
      '输入的文字中有控制字符（看不见的特殊符号），请删除后重新输入（位置：{{path}}）',
    failed: '处理指令时发生内部错误，会议状态未改变：{{message}}',
    timeWentBack: '指令时间早于上一条记录，请检查电脑时钟',
  },
  meeting: {
    notCreated: '会议尚未创建',
    alreadyCreated: '会议已经创建',
    notOpen: '会议尚未开始',
    notDraft: '会议已经开始，不能再做此项修改',
    closed: '会议已经结束',
    presetLocked: '本次会议已有表决，不能再更换议事规则',
    unknownPreset: '找不到议事规则“{{presetId}}”',
    unknownTimeZone: '“{{timeZone}}”不是本机认识的时区（请用 Asia/Shanghai 这样的名称）',
  },
  display: {
    nothingShown: '投影屏上没有正在显示的提示',
  },
  history: {
    nothingToUndo: '没有可以撤销的操作（已结束的表决只能宣布作废）',
    phonesVoted: '已有 {{count}} 人在手机上投票，不能撤销“开始表决”；可以结束表决，必要时宣布作废',
  },
  roster: {
    unknownMember: '名单中没有此人（{{memberId}}）',
    duplicateMember: '名单中已有编号为 {{memberId}} 的人员',
    memberHasRecord: '{{name}}已有签到、发言或表决记录，不能从名单中删除',
    alreadyPresent: '{{name}}已经签到',
    notPresent: '{{name}}未签到',
    isSpeaking: '{{name}}正在发言，请先结束发言',
    importDuplicate: '第 {{row}} 行：名单中已有编号为 {{memberId}} 的人员，整批未导入',
    importRowInvalid: '第 {{row}} 行的“{{field}}”不符合要求，整批未导入',
  },
  agenda: {
    unknownItem: '议程中没有此议题（{{itemId}}）',
    duplicateItem: '议程中已有编号为 {{itemId}} 的议题',
    reorderMismatch: '新的议程顺序须包含全部议题，且每个只出现一次',
    noItemOpen: '当前没有正在审议的议题',
    itemNotOpen: '该议题不在审议中',
    anotherItemOpen: '议题“{{title}}”正在审议，请先结束或暂缓',
    itemClosed: '议题“{{title}}”已审议完毕',
    cannotDefer: '议题“{{title}}”已审议完毕或已暂缓，不能再暂缓',
    itemHasVotes: '议题“{{title}}”已有表决记录，须保留在会议记录中，不能删除',
    itemHasSpeeches: '议题“{{title}}”已有发言记录，须保留在会议记录中，不能删除',
    itemHasNotes: '议题“{{title}}”已有备注，不能删除；请先清空备注',
    itemWasOpened: '议题“{{title}}”已上会审议过，须保留在会议记录中，不能删除',
    noNextItem: '没有待审议或暂缓的议题了',
  },
  queue: {
    alreadyQueued: '{{name}}已在发言名单中',
    notQueued: '{{name}}不在发言名单中',
    isSpeaking: '{{name}}正在发言',
    reorderMismatch: '新的发言顺序须包含名单上的全部人员，且每人只出现一次',
    empty: '发言名单为空',
  },
  speech: {
    duplicateId: '发言编号 {{speechId}} 已被使用',
    noneRunning: '当前没有人在发言',
    alreadyPaused: '发言计时已经暂停',
    notPaused: '发言计时没有暂停',
    unknown: '找不到该发言（{{speechId}}）',
  },
  vote: {
    unknown: '找不到该表决（{{voteId}}）',
    duplicateId: '表决编号 {{voteId}} 已被使用',
    anotherOpen: '另一项表决正在进行，请先结束',
    noneOpen: '当前没有正在进行的表决',
    notOpen: '该表决已经结束',
    stillOpen: '表决尚未结束，请先结束表决',
    presetKindMismatch: '议事规则与表决方式不符：满意度测评须用评议规则，其他表决须用表决规则',
    needsOptions: '比选至少需要两个选项',
    duplicateOption: '比选选项的编号不能重复，也不能叫“abstain”',
    rosterMissing: '本规则需按户数或面积计票，但{{name}}的资料不全',
    rollCallTakesBallots: '记名表决须逐人登记，不能直接录入票数',
    notRollCall: '只有记名表决才能逐人登记',
    unknownCountKey: '票数中有不属于本表决的项目（{{key}}）',
    countsExceedBase: '票数合计 {{counted}} 超过了到会人数 {{base}}，请核对',
    invalidCounts: '票数有误，请核对后重新录入',
    noCounts: '尚未录入票数',
    observerCannotVote: '{{name}}是列席人员，没有表决权',
    voterNotPresent: '{{name}}已登记表决意见但已离场，请先处理其表决意见',
    householdSplit: '一户一票：{{name}}与同户（{{household}}）成员的表决意见不一致',
    countedTwice:
      '手机已投 {{device}}，举手或纸票计 {{entered}}，合计超过到会的 {{base}}：用手机投过票的成员不应再举手或投纸票',
    ballotIdTaken: '该选票编号已被其他成员使用，请在手机上重新投票',
    secretUsesBox: '无记名投票不按姓名记录选择，请在手机上投入票箱',
    notSecret: '只有无记名投票才有票箱',
    alreadyVoted: '{{name}}已经投过票',
    householdVoted: '一户一票：{{name}}的同户（{{household}}）成员已在手机上投票，本户不能再投',
    sealedMismatch:
      '票箱中有 {{sealed}} 张手机选票，但标记为已投的成员有 {{marked}} 人，无法据此结束表决',
    alreadyVoided: '该表决已宣布作废',
    notPassed: '该表决未获通过，不能形成决议',
  },
  action: {
    duplicateId: '任务编号 {{actionId}} 已被使用',
    unknown: '找不到该任务（{{actionId}}）',
  },
  // shared/text/decode.ts 的提示：文件编码无法识别。
  text: {
    unsupportedEncoding: '该文件的编码为 {{encoding}}，无法读取。请另存为 UTF-8 后重试。',
    damaged: '该文件标明为 {{encoding}} 编码，但含有不符合 {{encoding}} 的字节，文件可能已损坏。',
    undecodable:
      '该文件不是可识别编码（UTF-8、UTF-16 或 GB18030/GBK）的文本。请另存为 UTF-8 后重试。',
    binary: '该文件含有二进制数据，不是文本文件。请选择文本文件。',
  },
};

export default messages;
