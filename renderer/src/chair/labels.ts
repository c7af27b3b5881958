import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyKind, Category } from '../../../shared/domain';
import { useMeeting } from './meeting-hooks';

/**
 * A roster category in words; a custom one shows its own label. A villagers' meeting calls its
 * representatives 村民代表, as its documents do (shared/documents/context.ts).
 */
export function categoryLabel(
  t: TFunction,
  category: Category,
  custom = '',
  bodyKind?: BodyKind,
): string {
  if (category === 'custom' && custom) return custom;
  if (category === 'residentRep' && bodyKind === 'villagerRepsMeeting')
    return t('domain:inVillage.residentRep');
  return t(`ui:chair.vocab.category.${category}`);
}

/** categoryLabel in the open meeting's words (its body kind read from the store). */
export function useCategoryLabel(): (category: Category, custom?: string) => string {
  const { t } = useTranslation();
  const bodyKind = useMeeting((state) => state.meeting?.bodyKind);
  return useCallback(
    (category: Category, custom = '') => categoryLabel(t, category, custom, bodyKind),
    [t, bodyKind],
  );
}
