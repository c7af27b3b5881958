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
};

export default messages;
