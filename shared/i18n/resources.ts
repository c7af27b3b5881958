import type { Locale, Messages } from './types';
import zhCNerrors from './zh-CN/errors';
import zhCNdomain from './zh-CN/domain';
import zhCNrules from './zh-CN/rules';
import zhCNstorage from './zh-CN/storage';
import zhCNdocuments from './zh-CN/documents';
import zhCNui from './zh-CN/ui';
import zhCNfollowup from './zh-CN/followup';
import zhTWerrors from './zh-TW/errors';
import zhTWdomain from './zh-TW/domain';
import zhTWrules from './zh-TW/rules';
import zhTWstorage from './zh-TW/storage';
import zhTWdocuments from './zh-TW/documents';
import zhTWui from './zh-TW/ui';
import zhTWfollowup from './zh-TW/followup';
import enErrors from './en/errors';
import enDomain from './en/domain';
import enRules from './en/rules';
import enStorage from './en/storage';
import enDocuments from './en/documents';
import enUi from './en/ui';
import enFollowup from './en/followup';

export const NAMESPACES = [
  'errors',
  'domain',
  'rules',
  'storage',
  'documents',
  'ui',
  'followup',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** The one message catalogue: every user-facing string of core, backend and UI lives here. */
export const resources: Readonly<Record<Locale, Readonly<Record<Namespace, Messages>>>> = {
  'zh-CN': {
    errors: zhCNerrors,
    domain: zhCNdomain,
    rules: zhCNrules,
    storage: zhCNstorage,
    documents: zhCNdocuments,
    ui: zhCNui,
    followup: zhCNfollowup,
  },
  'zh-TW': {
    errors: zhTWerrors,
    domain: zhTWdomain,
    rules: zhTWrules,
    storage: zhTWstorage,
    documents: zhTWdocuments,
    ui: zhTWui,
    followup: zhTWfollowup,
  },
  en: {
    errors: enErrors,
    domain: enDomain,
    rules: enRules,
    storage: enStorage,
    documents: enDocuments,
    ui: enUi,
    followup: enFollowup,
  },
};
