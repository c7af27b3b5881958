// The documents module's public face: pure builders from meeting state to document model.
export * from './model';
export { buildMinutes, type MinutesOptions } from './minutes';
export {
  buildNotice,
  composeNotice,
  type NoticeKind,
  type NoticeOptions,
  type ObjectionChannel,
} from './notice';
export {
  checkNotice,
  describeNoticeWarning,
  type NoticeCheck,
  type NoticeRequest,
  type NoticeWarning,
  type NoticeWarningCode,
} from './notice-checks';
export { buildSignInSheet, type SignInSheetOptions } from './sign-in-sheet';
export { buildSlips, type Slip, type SlipEntry, type SlipSheet, type SlipsOptions } from './slips';
export type { CommonOptions } from './context';
export { DocumentInputError, type DocumentInputCode } from './errors';
export { formatClock, formatDay, formatDuration, formatYuan, localDate } from './format';
export {
  addresseeOf,
  builtInAddressee,
  EMPTY_ISSUING_BODY,
  issuingBodySchema,
  type IssuingBody,
} from './issuing-body';
