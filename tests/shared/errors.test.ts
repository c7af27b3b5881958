import { describe, expect, it } from 'vitest';
import { LOCALES, resources, type Messages } from '../../shared/i18n';
import {
  actionStatusSchema,
  ballotSchema,
  bodyKindSchema,
  categorySchema,
  ERROR_CODES,
  roleSchema,
  SATISFACTION_KEYS,
  stageSchema,
  stanceSchema,
  translator,
  triageSchema,
  voteMethodSchema,
  VOICE_GROUPS,
} from './imports';

function leaf(messages: Messages, path: string): string | undefined {
  let node: Messages | string | undefined = messages;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('the core’s words in the catalogue', () => {
  it('has every domain error code in all three locales', () => {
    for (const locale of LOCALES) {
      for (const code of ERROR_CODES) {
        expect(leaf(resources[locale].errors, code), `${locale} errors:${code}`).toBeTruthy();
      }
    }
  });

  it('has a label for every word of the vocabulary in all three locales', () => {
    const lists: Record<string, readonly string[]> = {
      bodyKind: bodyKindSchema.options,
      category: categorySchema.options,
      role: roleSchema.options,
      stage: stageSchema.options,
      stageHint: stageSchema.options,
      stance: stanceSchema.options,
      voteMethod: voteMethodSchema.options,
      ballot: ballotSchema.options,
      satisfaction: SATISFACTION_KEYS,
      actionStatus: actionStatusSchema.options,
      voiceGroup: VOICE_GROUPS,
      meetingStatus: ['draft', 'open', 'closed'],
      itemStatus: ['pending', 'open', 'deferred', 'closed'],
      voteResult: ['passed', 'failed', 'invalid', 'evaluated'],
    };
    for (const locale of LOCALES) {
      for (const [group, words] of Object.entries(lists)) {
        for (const word of words)
          expect(
            leaf(resources[locale].domain, `${group}.${word}`),
            `${locale} ${group}.${word}`,
          ).toBeTruthy();
      }
      for (const t of triageSchema.options) {
        expect(leaf(resources[locale].domain, `triage.${t}.routing`)).toBeTruthy();
      }
    }
  });

  it('fills an error’s parameters', () => {
    const params = { measure: 'heads', counted: 38, base: 33 };
    expect(translator('zh-CN')('errors:vote.countsExceedBase', params)).toBe(
      '票数合计 38 超过了到会人数 33，请核对',
    );
    expect(translator('en')('errors:vote.countsExceedBase', params)).toContain('38');
    expect(translator('zh-CN')('domain:triage.major.routing')).toContain('街道');
    expect(translator('zh-TW')('domain:stage.decide')).toBe('民決');
  });
});
