import type { Messages } from '../types';

// Namespace 'storage' (zh-TW). Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  recovered: {
    fromBackup: '會議檔案已損壞，已從備份「{{backup}}」復原（含 {{events}} 筆紀錄）。',
    fromJournalOnly: '會議檔案已損壞且沒有可用備份，已依操作日誌復原 {{events}} 筆紀錄。',
    tornTail:
      '上次異常結束時有 {{count}} 筆未儲存完成的紀錄（{{file}}），這些操作當時並未確認，已捨棄。',
    journalDamaged:
      '操作日誌「{{file}}」中有 {{skipped}} 行損壞，已略過；其後的紀錄完整，沒有遺失。',
    journalGap: '操作日誌「{{file}}」自第 {{from}} 筆起不連續，其後 {{lost}} 筆紀錄無法復原。',
    journalCut:
      '操作日誌「{{file}}」被截短了（檔案不完整）：自第 {{from}} 筆起至少 {{lost}} 筆已儲存的紀錄遺失，無法復原。會議已復原至第 {{from}} 筆之前。',
    migrated: '「{{file}}」是舊版格式（第 {{from}} 版），已升級至第 {{to}} 版。',
    indexRebuilt: '會議清單已依會議檔案重建，共 {{count}} 場會議。',
    saved: '磁碟已恢復正常，先前未儲存的 {{count}} 筆紀錄已全部儲存。',
  },
  quarantined: '已將無法讀取的檔案「{{file}}」移至隔離區（{{folder}}），原檔案未被刪除。',
  refused: {
    empty: '檔案「{{file}}」是空的。',
    notJson: '檔案「{{file}}」已損壞或不完整，無法讀取。',
    tooLarge: '檔案「{{file}}」過大（上限 {{limit}} 位元組），已拒絕讀取。',
    tooDeep: '檔案「{{file}}」巢狀層級過深（上限 {{limit}} 層），已拒絕讀取。',
    stringTooLong: '檔案「{{file}}」中有過長文字（上限 {{limit}} 個字元），已拒絕讀取。',
    forbiddenKey: '檔案「{{file}}」含有不安全的欄位「{{key}}」，已拒絕讀取。',
    noVersion: '檔案「{{file}}」不是議事廳的會議檔案（缺少版本號）。',
    tooNew:
      '檔案「{{file}}」由較新版本的議事廳建立（第 {{version}} 版，本程式支援至第 {{supported}} 版），請先更新軟體。',
    invalid: '檔案「{{file}}」內容不符合格式（{{path}}：{{problem}}）。',
    wrongMeeting: '檔案「{{file}}」屬於會議 {{actual}}，而不是 {{expected}}。',
    replayFailed: '檔案「{{file}}」中的會議紀錄無法還原：{{reason}}',
    notAnArchive: '「{{file}}」不是議事廳的會議封存檔。',
    archiveTooLarge: '封存檔「{{file}}」過大（上限 {{limit}} 位元組）。',
    checksumMismatch: '封存檔「{{file}}」中的「{{entry}}」已損壞（校驗不一致）。',
    badEntryName: '封存檔「{{file}}」含有不允許的檔名「{{entry}}」。',
    archiveEntryOversized:
      '封存檔「{{file}}」中的「{{entry}}」解壓縮後超過其宣告的 {{declared}} 位元組。此封存檔已損毀或遭偽造，未匯入。',
    notAFile: '「{{file}}」不是一般檔案（可能是資料夾或特殊檔案），未讀取；其他會議不受影響。',
    unreadable:
      '無法讀取檔案「{{file}}」（沒有讀取權限或磁碟出錯），未讀取；其他會議不受影響。請檢查檔案權限。',
  },
  readOnly: {
    newerVersion:
      '會議 {{meetingId}} 由較新版本的議事廳儲存（第 {{version}} 版，本程式支援至第 {{supported}} 版），只能檢視，不能修改，以免新舊版本的紀錄分岔。請更新軟體後再繼續這場會議。',
  },
  error: {
    diskFull:
      '磁碟空間已滿，{{pending}} 筆紀錄暫存於記憶體中，正在反覆嘗試儲存。請釋出磁碟空間，不要關閉程式。',
    readOnly:
      '資料夾為唯讀，{{pending}} 筆紀錄暫存於記憶體中，正在反覆嘗試儲存。請檢查磁碟或隨身碟的防寫設定，不要關閉程式。',
    permissionDenied:
      '沒有寫入資料夾的權限，{{pending}} 筆紀錄暫存於記憶體中，正在反覆嘗試儲存。請檢查資料夾權限，不要關閉程式。',
    io: '寫入磁碟時發生錯誤，{{pending}} 筆紀錄暫存於記憶體中，正在反覆嘗試儲存。請不要關閉程式。',
    locked: '資料夾正被另一個議事廳程式使用（處理程序 {{pid}}）。',
    notFound: '找不到會議 {{meetingId}}。',
    meetingOpen: '會議 {{meetingId}} 正在進行中，請先關閉再取代。',
    alreadyExists: '會議 {{meetingId}} 已存在。',
    unrecoverable: '會議 {{meetingId}} 的檔案已損壞，且沒有可用的備份；損壞的檔案已保留在隔離區。',
    closed: '會議 {{meetingId}} 已關閉，無法再寫入。',
  },
  bundle: {
    refused: {
      badZip: '這不是會議資料包：檔案不是 zip 壓縮檔，或已損壞。',
      oversize: '資料包過大或所含檔案過多，不像會議資料包，未讀取其中任何內容。',
      zipBomb:
        '資料包中的檔案「{{file}}」解壓縮後超過其宣告的大小（壓縮炸彈），未讀取其中任何內容。',
      badFileName: '資料包中有會議資料包不應有的檔案：「{{file}}」。',
      missingFile: '資料包不完整：缺少「{{file}}」。',
      extraFile: '資料包中有清單未列出的檔案「{{file}}」（簽署後被加入）。',
      hashMismatch: '檔案「{{file}}」在資料包簽署後被更動過。',
      badSignature: '簽章與清單不符：資料包在簽署後被更動過。',
      signerMismatch: '資料包不是用其所附憑證簽署的（被另一把金鑰重新簽署，或憑證被替換）。',
      untrustedSigner: '資料包簽章完好，但簽署憑證在此處未知（指紋 {{detail}}）。',
      schema: '資料包中的檔案「{{file}}」格式不正確（{{detail}}）。',
      stateMismatch: '「{{file}}」中的會議狀態與會議本身的事件紀錄不一致。',
      privateData: '資料包中含有不應離開社區電腦的個人資料（「{{file}}」中的{{detail}}）。',
      pdfSignature: 'PDF 檔案「{{file}}」的簽章已損壞（{{detail}}）。',
      notEnrolled:
        '資料包的簽署憑證不屬於任何已登記的社區，街道未收下。請先用街道給的登記碼登記本社區。',
      foreignCommunity:
        '資料包簽章完好，但不是本社區登記時的憑證簽署的（另一個社區的資料包，或被重新製作過；指紋 {{detail}}）。',
      replayed: '這個資料包（第 {{sequence}} 號）街道已經收到過，無須再次傳送。',
      outOfOrder:
        '第 {{sequence}} 號資料包與街道已收下的資料包衝突：這個編號已被另一個資料包占用，或它的時間早於前一個資料包（資料夾可能被複製過，或資料包被重新製作）。',
      brokenLink:
        '第 {{sequence}} 號資料包與街道已收下的相鄰資料包接不上（鏈結中斷）：前後的資料包可能被更動或重新製作過。',
    },
    error: {
      unknownMeeting: '找不到會議 {{meetingId}}，未產生資料包。',
      chainDamaged:
        '先前資料包的紀錄（{{file}}）已損壞。在從備份還原之前不再產生資料包，以免資料包鏈結中斷。',
    },
    written: '資料包已寫入：{{file}}（本社區第 {{sequence}} 號）。',
    unchanged: '會議自第 {{sequence}} 號資料包以來沒有變化：已將同一資料包再次寫入 {{file}}。',
    skipped: '未放入資料包：{{file}}（{{reason}}）。',
    skippedReason: {
      signInSheet: '簽到表可能印有成員電話',
      notSigned: '不是本社區簽署的檔案',
    },
    valid: '資料包完整，簽章有效。',
    refusedBecause: '資料包被拒收：{{reason}}',
    community: '社區：{{name}}',
    meeting: '會議：{{meetingId}}（{{title}}），時區 {{timeZone}}',
    sequence: '資料包編號 {{sequence}}；上一個資料包：{{previous}}',
    outRequired: '請用 --out 檔案.zip 指明資料包寫到哪裡。',
    firstInChain: '無（第一個）',
    signer: '簽署者：{{subject}}，憑證指紋 {{fingerprint}}',
    files: '檔案：{{count}} 個，其中 PDF：{{pdfs}} 個',
  },
};

export default messages;
