import type { Messages } from '../types';

// Namespace 'errors' (zh-TW). Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {};

export default messages;
