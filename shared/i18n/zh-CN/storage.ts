import type { Messages } from '../types';

// Namespace 'storage' (zh-CN). Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  recovered: {
    fromBackup: '会议文件已损坏，已从备份“{{backup}}”恢复（含 {{events}} 条记录）。',
    fromJournalOnly: '会议文件已损坏且没有可用备份，已根据操作日志恢复 {{events}} 条记录。',
    tornTail:
      '上次异常退出时有 {{count}} 条未保存完成的记录（{{file}}），这些操作当时并未确认，已舍弃。',
    journalDamaged: '操作日志“{{file}}”中有 {{skipped}} 行损坏，已跳过；其后的记录完整，没有丢失。',
    journalGap: '操作日志“{{file}}”从第 {{from}} 条起不连续，其后 {{lost}} 条记录无法恢复。',
    journalCut:
      '操作日志“{{file}}”被截短了（文件不完整）：第 {{from}} 条起至少 {{lost}} 条已保存的记录丢失，无法恢复。会议已恢复到第 {{from}} 条之前。',
    migrated: '“{{file}}”是旧版本格式（第 {{from}} 版），已升级到第 {{to}} 版。',
    indexRebuilt: '会议列表已根据会议文件重建，共 {{count}} 场会议。',
    saved: '磁盘恢复正常，之前未保存的 {{count}} 条记录已全部保存。',
  },
  quarantined: '已将无法读取的文件“{{file}}”移至隔离区（{{folder}}），原文件未被删除。',
  refused: {
    empty: '文件“{{file}}”是空的。',
    notJson: '文件“{{file}}”已损坏或不完整，无法读取。',
    tooLarge: '文件“{{file}}”过大（上限 {{limit}} 字节），已拒绝读取。',
    tooDeep: '文件“{{file}}”嵌套层级过深（上限 {{limit}} 层），已拒绝读取。',
    stringTooLong: '文件“{{file}}”中有超长文本（上限 {{limit}} 个字符），已拒绝读取。',
    forbiddenKey: '文件“{{file}}”含有不安全的字段“{{key}}”，已拒绝读取。',
    noVersion: '文件“{{file}}”不是议事厅的会议文件（缺少版本号）。',
    tooNew:
      '文件“{{file}}”由更新版本的议事厅创建（第 {{version}} 版，本程序支持到第 {{supported}} 版），请先升级软件。',
    invalid: '文件“{{file}}”内容不符合格式（{{path}}：{{problem}}）。',
    wrongMeeting: '文件“{{file}}”属于会议 {{actual}}，而不是 {{expected}}。',
    replayFailed: '文件“{{file}}”中的会议记录无法还原：{{reason}}',
    notAnArchive: '“{{file}}”不是议事厅的会议归档文件。',
    archiveTooLarge: '归档文件“{{file}}”过大（上限 {{limit}} 字节）。',
    checksumMismatch: '归档文件“{{file}}”中的“{{entry}}”已损坏（校验不一致）。',
    badEntryName: '归档文件“{{file}}”含有不允许的文件名“{{entry}}”。',
    archiveEntryOversized:
      '归档文件“{{file}}”中的“{{entry}}”解压后超过其声明的 {{declared}} 字节。该归档已损坏或被伪造，未导入。',
    notAFile: '“{{file}}”不是普通文件（可能是文件夹或特殊文件），未读取；其他会议不受影响。',
    unreadable:
      '无法读取文件“{{file}}”（没有读取权限或磁盘出错），未读取；其他会议不受影响。请检查文件权限。',
  },
  readOnly: {
    newerVersion:
      '会议 {{meetingId}} 由更新版本的议事厅保存（第 {{version}} 版，本程序支持到第 {{supported}} 版），只能查看，不能修改，以免新旧版本的记录分叉。请升级软件后再继续这场会议。',
  },
  error: {
    diskFull:
      '磁盘空间已满，{{pending}} 条记录暂存在内存中，正在反复尝试保存。请腾出磁盘空间，不要关闭程序。',
    readOnly:
      '数据文件夹是只读的，{{pending}} 条记录暂存在内存中，正在反复尝试保存。请检查磁盘或 U 盘的写保护，不要关闭程序。',
    permissionDenied:
      '没有写入数据文件夹的权限，{{pending}} 条记录暂存在内存中，正在反复尝试保存。请检查文件夹权限，不要关闭程序。',
    io: '写入磁盘时出错，{{pending}} 条记录暂存在内存中，正在反复尝试保存。请不要关闭程序。',
    locked: '数据文件夹正被另一个议事厅程序使用（进程 {{pid}}）。',
    notFound: '找不到会议 {{meetingId}}。',
    meetingOpen: '会议 {{meetingId}} 正在进行中，请先关闭再替换。',
    alreadyExists: '会议 {{meetingId}} 已存在。',
    unrecoverable: '会议 {{meetingId}} 的文件已损坏，且没有可用的备份；损坏的文件已保留在隔离区。',
    closed: '会议 {{meetingId}} 已关闭，无法再写入。',
  },
  bundle: {
    refused: {
      badZip: '这不是会议数据包：文件不是 zip 压缩包，或已损坏。',
      oversize: '数据包过大或所含文件过多，不像会议数据包，未读取其中任何内容。',
      zipBomb: '数据包中的文件“{{file}}”解压后超过其声明的大小（压缩炸弹），未读取其中任何内容。',
      badFileName: '数据包中有会议数据包不应有的文件：“{{file}}”。',
      missingFile: '数据包不完整：缺少“{{file}}”。',
      extraFile: '数据包中有清单未列出的文件“{{file}}”（签名后被添加）。',
      hashMismatch: '文件“{{file}}”在数据包签名后被改动过。',
      badSignature: '签名与清单不符：数据包在签名后被改动过。',
      signerMismatch: '数据包不是用其所附证书签名的（被另一密钥重新签名，或证书被替换）。',
      untrustedSigner: '数据包签名完好，但签名证书在此处未知（指纹 {{detail}}）。',
      schema: '数据包中的文件“{{file}}”格式不正确（{{detail}}）。',
      stateMismatch: '“{{file}}”中的会议状态与会议本身的事件记录不一致。',
      privateData: '数据包中含有不应离开社区电脑的私人信息（“{{file}}”中的{{detail}}）。',
      pdfSignature: 'PDF 文件“{{file}}”的签名已损坏（{{detail}}）。',
      notEnrolled:
        '数据包的签名证书不属于任何已登记的社区，街道未收下。请先用街道给的登记码登记本社区。',
      foreignCommunity:
        '数据包签名完好，但不是本社区登记时的证书签的（另一个社区的数据包，或被重新制作过；指纹 {{detail}}）。',
      replayed: '这个数据包（第 {{sequence}} 号）街道已经收到过，无需再次发送。',
      outOfOrder:
        '第 {{sequence}} 号数据包与街道已收下的数据包冲突：这个编号已被另一个数据包占用，或它的时间早于前一个数据包（数据文件夹可能被复制过，或数据包被重新制作）。',
      brokenLink:
        '第 {{sequence}} 号数据包与街道已收下的相邻数据包接不上（链条断开）：前后的数据包可能被改动或重新制作过。',
    },
    error: {
      unknownMeeting: '未找到会议 {{meetingId}}，未生成数据包。',
      chainDamaged:
        '以往数据包的记录（{{file}}）已损坏。在从备份恢复之前不再生成数据包，以免数据包链条断开。',
    },
    written: '数据包已写入：{{file}}（本社区第 {{sequence}} 号）。',
    unchanged: '会议自第 {{sequence}} 号数据包以来没有变化：已将同一数据包再次写入 {{file}}。',
    skipped: '未放入数据包：{{file}}（{{reason}}）。',
    skippedReason: {
      signInSheet: '签到表可能印有成员电话',
      notSigned: '不是本社区签名的文件',
    },
    valid: '数据包完整，签名有效。',
    refusedBecause: '数据包被拒收：{{reason}}',
    community: '社区：{{name}}',
    meeting: '会议：{{meetingId}}（{{title}}），时区 {{timeZone}}',
    sequence: '数据包编号 {{sequence}}；上一个数据包：{{previous}}',
    outRequired: '请用 --out 文件.zip 指明数据包写到哪里。',
    firstInChain: '无（第一个）',
    signer: '签名者：{{subject}}，证书指纹 {{fingerprint}}',
    files: '文件：{{count}} 个，其中 PDF：{{pdfs}} 个',
  },
};

export default messages;
