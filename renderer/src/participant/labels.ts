import type { TFunction } from 'i18next';

const BALLOT_KEYS = new Set(['yes', 'no', 'abstain']);
const SATISFACTION_KEYS = new Set(['satisfied', 'basicallySatisfied', 'dissatisfied']);

/**
 * A choice's words: a choice vote's options carry their own label; the fixed keys (赞成/反对/弃权,
 * 满意/基本满意/不满意) come with label '' and take the catalogue's words, as on the projector.
 */
export function choiceLabel(t: TFunction, key: string, label: string): string {
  if (label) return label;
  if (BALLOT_KEYS.has(key)) return t(`domain:ballot.${key}`);
  if (SATISFACTION_KEYS.has(key)) return t(`domain:satisfaction.${key}`);
  return key;
}
