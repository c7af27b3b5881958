import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { categorySchema } from '../../shared/domain';
import { NAMESPACES } from '../../shared/i18n';
import { resources } from '../../shared/i18n/resources';
import { categoryLabel } from '../../renderer/src/chair/labels';

/** A translator over the real catalogues, as the console's react-i18next instance is set up. */
function translator(lng: 'zh-CN' | 'zh-TW' | 'en'): TFunction {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: { ...resources },
    lng,
    ns: [...NAMESPACES],
    defaultNS: 'ui',
    nsSeparator: ':',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return i18n.t;
}

describe('categoryLabel in the meeting’s words', () => {
  it('calls the representatives 村民代表 in a villagers’ meeting and 居民代表 elsewhere', () => {
    const t = translator('zh-CN');
    expect(categoryLabel(t, 'residentRep', '', 'villagerRepsMeeting')).toBe('村民代表');
    expect(categoryLabel(t, 'residentRep', '', 'residentsCouncil')).toBe('居民代表');
    expect(categoryLabel(t, 'residentRep', '', 'compoundCouncil')).toBe('居民代表');
    expect(categoryLabel(t, 'residentRep')).toBe('居民代表');
  });

  it('says it in each language', () => {
    expect(categoryLabel(translator('zh-TW'), 'residentRep', '', 'villagerRepsMeeting')).toBe(
      '村民代表',
    );
    expect(categoryLabel(translator('en'), 'residentRep', '', 'villagerRepsMeeting')).toBe(
      'Villager representative',
    );
    expect(categoryLabel(translator('en'), 'residentRep', '', 'residentsCouncil')).toBe(
      'Resident representative',
    );
  });

  it('leaves the other categories and a custom label as they are in a village', () => {
    const t = translator('zh-CN');
    for (const category of categorySchema.options.filter((c) => c !== 'residentRep'))
      expect(categoryLabel(t, category, '', 'villagerRepsMeeting')).toBe(
        categoryLabel(t, category, '', 'residentsCouncil'),
      );
    expect(categoryLabel(t, 'committee', '', 'villagerRepsMeeting')).toBe('两委成员');
    expect(categoryLabel(t, 'custom', '村民小组长', 'villagerRepsMeeting')).toBe('村民小组长');
  });
});
