import type { Catalogue } from '../types';
import errors from './errors';
import domain from './domain';
import rules from './rules';
import storage from './storage';
import documents from './documents';
import ui from './ui';
import followup from './followup';
import participant from './participant';

/** Every namespace of one locale: the unit the console loads when the chair picks a language. */
const catalogue: Catalogue = {
  errors,
  domain,
  rules,
  storage,
  documents,
  ui,
  followup,
  participant,
};
export default catalogue;
