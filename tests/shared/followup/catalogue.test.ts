import { describe, expect, it } from 'vitest';
import {
  channelSchema,
  FOLLOWUP_ERROR_CODES,
  itemStatusSchema,
  routeSchema,
  topicStatusSchema,
} from '../../../shared/followup';
import { LOCALES, resources, translator, type Messages } from '../../../shared/i18n';
import { describeError } from '../../../shared/i18n/describe-error';

function leaf(messages: Messages, path: string): string | undefined {
  let node: Messages | string | undefined = messages;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('the follow-up words in the catalogue', () => {
  it('has every follow-up error code in all three locales', () => {
    for (const locale of LOCALES)
      for (const code of FOLLOWUP_ERROR_CODES)
        expect(leaf(resources[locale].followup, code), `${locale} followup:${code}`).toBeTruthy();
  });

  it('has a label for every word of the follow-up vocabulary', () => {
    const lists: Record<string, readonly string[]> = {
      channel: channelSchema.options,
      route: routeSchema.options,
      topicStatus: topicStatusSchema.options,
      itemStatus: itemStatusSchema.options,
    };
    for (const locale of LOCALES)
      for (const [group, words] of Object.entries(lists))
        for (const word of words)
          expect(leaf(resources[locale].followup, `label.${group}.${word}`), word).toBeTruthy();
  });

  it('describes a follow-up rejection wherever it is shown', () => {
    const error = {
      code: 'evaluation.beforeDone',
      params: { meetingDate: '2026-06-30', doneOn: '2026-07-01' },
    };
    expect(describeError(translator('zh-CN'), error)).toBe(
      '测评会议日期 2026-06-30 早于事项完成日期 2026-07-01',
    );
    expect(describeError(translator('en'), { code: 'topic.notTriaged', params: {} })).toContain(
      'major, minor or micro',
    );
  });
});
