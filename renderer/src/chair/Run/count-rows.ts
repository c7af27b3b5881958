import type { TFunction } from 'i18next';
import { countKeys, type Vote } from '../../../../shared/domain';

/** The count keys of a vote (from the core) with their labels: yes/no/abstain, answers or options. */
export function countRows(t: TFunction, vote: Pick<Vote, 'method' | 'options'>) {
  return countKeys(vote).map((key) => {
    const option = vote.options.find((o) => o.optionId === key);
    return { key, label: option ? option.label : t(`ui:chair.vocab.count.${key}`) };
  });
}
