import type { TFunction } from 'i18next';
import type { Category } from '../../../shared/domain';

/** A roster category in words; a custom one shows its own label. */
export function categoryLabel(t: TFunction, category: Category, custom = ''): string {
  if (category === 'custom' && custom) return custom;
  return t(`ui:chair.vocab.category.${category}`);
}
