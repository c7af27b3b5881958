import type { Messages } from '../types';

// Namespace 'ui' (en): the chair console, the projector and the backend's own errors.
const messages: Messages = {
  app: {
    name: 'Yishiting',
    language: 'Language',
  },
  locales: {
    'zh-CN': '简体中文',
    'zh-TW': '繁體中文',
    en: 'English',
  },
  connection: {
    online: 'Connected',
    offline: 'Connection lost, reconnecting…',
  },
  home: {
    meetings: 'Meetings',
    noMeetings: 'No meetings yet. Open a demo meeting to start.',
    demos: 'Demo meetings',
    demo: 'Demo',
  },
  status: {
    draft: 'In preparation',
    open: 'In session',
    closed: 'Closed',
  },
  save: {
    saved: 'Saved',
    pending: 'Not yet saved to disk; retrying',
  },
  display: {
    heading: 'Projector announcement',
    label: 'Announcement',
    show: 'Show on projector',
    clear: 'Clear',
    current: 'On the projector now: ',
  },
  projector: {
    welcome: 'Welcome to the consultation meeting',
  },
  errors: {
    unknown: 'Unknown error ({{code}})',
    api: {
      unknownChannel: 'Internal error: unknown request {{channel}}',
      forbidden: 'This window may not do that',
      malformed: 'Malformed request ({{path}})',
      internal: 'Backend error: {{message}}',
      disconnected: 'The connection to the backend was lost; the action was not carried out',
      timeout: 'The backend did not answer in time; the action may not have been carried out',
      tooLarge: 'Too much data to send',
    },
    ipc: {
      unknownWindow: 'Request from an unknown window refused',
      notMainFrame: 'Request from a sub-frame refused',
      foreignOrigin: 'Request from a foreign origin refused ({{origin}})',
    },
    seeds: {
      unknown: 'No demo meeting "{{seedId}}"',
      invalid: 'Demo meeting "{{seedId}}": command {{index}} is invalid',
    },
    meeting: {
      unknown: 'Meeting not found ({{meetingId}})',
    },
  },
};

export default messages;
