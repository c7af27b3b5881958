import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Notice } from '../../main/storage/types';
import { apiError, type ApiError, type Result } from '../../shared/api';
import type { DomainError } from '../../shared/domain';
import type { RulesError } from '../../shared/domain/rules/types';
import { problem, type Problem } from '../../shared/errors';
import type { HandlerResult } from '../../main/followup/handlers';

// One error shape: every layer's name for a refusal is the same type, so one translator
// (shared/i18n/describe-error.ts) words all of them and a change to the shape is made once.
describe('the one error shape', () => {
  it('is what every layer calls its errors', () => {
    expectTypeOf<ApiError>().toEqualTypeOf<Problem>();
    expectTypeOf<DomainError>().toEqualTypeOf<Problem>();
    expectTypeOf<RulesError>().toEqualTypeOf<Problem>();
    expectTypeOf<Notice>().toExtend<Problem>();
    expectTypeOf<HandlerResult<number>>().toEqualTypeOf<Result<number>>();
  });

  it('is built the same way everywhere, params defaulting to none', () => {
    expect(problem('meeting.unknown')).toEqual({ code: 'meeting.unknown', params: {} });
    expect(apiError('meeting.unknown', { meetingId: 'm' })).toEqual(
      problem('meeting.unknown', { meetingId: 'm' }),
    );
    // Each builder takes only its layer's listed codes: a typo does not compile.
    // @ts-expect-error 'meeting.unknwn' is not an API error code
    expect(apiError('meeting.unknwn').code).toBe('meeting.unknwn');
  });
});
