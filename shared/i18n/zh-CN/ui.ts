import type { Messages } from '../types';

// Namespace 'ui' (zh-CN): the chair console, the projector and the backend's own errors.
const messages: Messages = {
  app: {
    name: '议事厅',
    language: '语言',
  },
  locales: {
    'zh-CN': '简体中文',
    'zh-TW': '繁體中文',
    en: 'English',
  },
  connection: {
    online: '已连接',
    offline: '连接中断，正在重连…',
  },
  home: {
    meetings: '会议',
    noMeetings: '还没有会议。可以先打开一个示范会议。',
    demos: '示范会议',
    demo: '示范',
  },
  status: {
    draft: '筹备中',
    open: '进行中',
    closed: '已散会',
  },
  save: {
    saved: '已保存',
    pending: '尚未保存到磁盘，正在重试',
  },
  display: {
    heading: '投屏公告',
    label: '公告内容',
    show: '投到大屏',
    clear: '清除公告',
    current: '大屏正在显示：',
  },
  projector: {
    welcome: '欢迎参加议事协商会',
  },
  errors: {
    unknown: '出现未知错误（{{code}}）',
    api: {
      unknownChannel: '程序内部错误：未知请求 {{channel}}',
      forbidden: '此窗口无权执行该操作',
      malformed: '请求格式不正确（{{path}}）',
      internal: '后台出错：{{message}}',
      disconnected: '与后台的连接已断开，操作未执行',
      timeout: '后台没有及时响应，操作可能未执行',
      tooLarge: '数据过大，无法发送',
    },
    ipc: {
      unknownWindow: '来自未知窗口的请求已拒绝',
      notMainFrame: '来自页面子框架的请求已拒绝',
      foreignOrigin: '来自外部来源的请求已拒绝（{{origin}}）',
    },
    seeds: {
      unknown: '找不到示范会议“{{seedId}}”',
      invalid: '示范会议“{{seedId}}”第 {{index}} 条命令无效',
    },
    meeting: {
      unknown: '找不到这个会议（{{meetingId}}）',
    },
  },
};

export default messages;
