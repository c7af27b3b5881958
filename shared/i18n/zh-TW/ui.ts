import type { Messages } from '../types';

// Namespace 'ui' (zh-TW): the chair console, the projector and the backend's own errors.
const messages: Messages = {
  app: {
    name: '議事廳',
    language: '語言',
  },
  locales: {
    'zh-CN': '简体中文',
    'zh-TW': '繁體中文',
    en: 'English',
  },
  connection: {
    online: '已連線',
    offline: '連線中斷，正在重新連線…',
  },
  home: {
    meetings: '會議',
    noMeetings: '還沒有會議。可以先開啟一個示範會議。',
    demos: '示範會議',
    demo: '示範',
  },
  status: {
    draft: '籌備中',
    open: '進行中',
    closed: '已散會',
  },
  save: {
    saved: '已儲存',
    pending: '尚未儲存到磁碟，正在重試',
  },
  display: {
    heading: '投影公告',
    label: '公告內容',
    show: '投到大螢幕',
    clear: '清除公告',
    current: '大螢幕正在顯示：',
  },
  projector: {
    welcome: '歡迎參加議事協商會',
  },
  errors: {
    unknown: '發生未知錯誤（{{code}}）',
    api: {
      unknownChannel: '程式內部錯誤：未知請求 {{channel}}',
      forbidden: '此視窗無權執行該操作',
      malformed: '請求格式不正確（{{path}}）',
      internal: '後台出錯：{{message}}',
      disconnected: '與後台的連線已中斷，操作未執行',
      timeout: '後台沒有及時回應，操作可能未執行',
      tooLarge: '資料過大，無法傳送',
    },
    ipc: {
      unknownWindow: '來自未知視窗的請求已拒絕',
      notMainFrame: '來自頁面子框架的請求已拒絕',
      foreignOrigin: '來自外部來源的請求已拒絕（{{origin}}）',
    },
    seeds: {
      unknown: '找不到示範會議「{{seedId}}」',
      invalid: '示範會議「{{seedId}}」第 {{index}} 條命令無效',
    },
    meeting: {
      unknown: '找不到這個會議（{{meetingId}}）',
    },
  },
};

export default messages;
