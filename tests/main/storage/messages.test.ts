import { describe, expect, it } from 'vitest';
import { describeNotice, type NoticeCode } from '../../../main/storage';
import { LOCALES, resources, type Messages } from '../../../shared/i18n';

function keys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

// Every NoticeCode the store can emit; the type check makes this list complete.
const codes = {
  'recovered.fromBackup': 1,
  'recovered.fromJournalOnly': 1,
  'recovered.tornTail': 1,
  'recovered.journalDamaged': 1,
  'recovered.journalGap': 1,
  'recovered.journalCut': 1,
  'recovered.migrated': 1,
  'recovered.indexRebuilt': 1,
  'recovered.saved': 1,
  quarantined: 1,
  'refused.empty': 1,
  'refused.notJson': 1,
  'refused.tooLarge': 1,
  'refused.tooDeep': 1,
  'refused.stringTooLong': 1,
  'refused.forbiddenKey': 1,
  'refused.noVersion': 1,
  'refused.tooNew': 1,
  'refused.invalid': 1,
  'refused.wrongMeeting': 1,
  'refused.replayFailed': 1,
  'refused.notAnArchive': 1,
  'refused.archiveTooLarge': 1,
  'refused.checksumMismatch': 1,
  'refused.badEntryName': 1,
  'refused.archiveEntryOversized': 1,
  'refused.notAFile': 1,
  'refused.unreadable': 1,
  'readOnly.newerVersion': 1,
  'error.diskFull': 1,
  'error.readOnly': 1,
  'error.permissionDenied': 1,
  'error.io': 1,
  'error.locked': 1,
  'error.notFound': 1,
  'error.meetingOpen': 1,
  'error.alreadyExists': 1,
  'error.unrecoverable': 1,
  'error.closed': 1,
} satisfies Record<NoticeCode, 1>;

describe('storage messages', () => {
  it('has the same keys in every locale, one per notice code', () => {
    const expected = Object.keys(codes).sort();
    // A counted message may have plural forms (English: recovered.saved_one / _other).
    const codesOf = (messages: Messages) => [
      ...new Set(keys(messages).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''))),
    ];
    // The bundle's words (main/bundle) share the namespace under their own key.
    const storageOnly = (messages: Messages) =>
      codesOf(messages).filter((key) => !key.startsWith('bundle.'));
    for (const locale of LOCALES)
      expect(storageOnly(resources[locale].storage).sort()).toEqual(expected);
  });

  it('has the same bundle words in every locale', () => {
    const bundleKeys = (locale: (typeof LOCALES)[number]) =>
      keys(resources[locale].storage)
        .filter((key) => key.startsWith('bundle.'))
        .map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''))
        .sort();
    const chinese = bundleKeys('zh-CN');
    expect(chinese.length).toBeGreaterThan(10);
    expect([...new Set(bundleKeys('zh-TW'))]).toEqual([...new Set(chinese)]);
    expect([...new Set(bundleKeys('en'))]).toEqual([...new Set(chinese)]);
  });

  it('translates with parameters in each locale', () => {
    const n = { code: 'recovered.fromBackup' as const, params: { backup: 'b.json', events: 12 } };
    expect(describeNotice(n, 'zh-CN')).toBe(
      '会议文件已损坏，已从备份“b.json”恢复（含 12 条记录）。',
    );
    expect(describeNotice(n, 'zh-TW')).toContain('12 筆');
    expect(describeNotice(n, 'en')).toContain('records: 12');
  });
});
