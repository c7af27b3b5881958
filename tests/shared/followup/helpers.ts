import {
  dispatchFollowup,
  emptyFollowup,
  type FollowupCommandInput,
  type FollowupEvent,
  type FollowupState,
} from '../../../shared/followup';
import type { DomainError } from '../../../shared/domain';

/** 2026-05-10 19:00 Beijing time, as in the meeting tests. */
export const T0 = Date.parse('2026-05-10T19:00:00+08:00');

/**
 * The follow-up registry driven command by command, the way the backend drives it: each command
 * gets a time one second after the last and must be accepted unless `reject` is used.
 */
export class Registry {
  state: FollowupState = emptyFollowup();
  events: FollowupEvent[] = [];
  now = T0;

  do(command: FollowupCommandInput): this {
    this.now += 1000;
    const r = dispatchFollowup(this.state, { ...command, at: this.now });
    if (!r.ok)
      throw new Error(`${command.type} refused: ${r.error.code} ${JSON.stringify(r.error.params)}`);
    this.state = r.state;
    this.events.push(...r.events);
    return this;
  }

  /** Runs a command that must be refused; checks the state did not change. */
  reject(command: FollowupCommandInput): DomainError {
    const before = this.state;
    const r = dispatchFollowup(this.state, { ...command, at: this.now + 1000 });
    if (r.ok) throw new Error(`${command.type} was accepted, expected a rejection`);
    if (this.state !== before) throw new Error('state changed');
    return r.error;
  }
}

/** A raised topic 't1' (hotline, 2026-04-20). */
export function raised(reg = new Registry()): Registry {
  return reg.do({
    type: 'topic/raise',
    topicId: 't1',
    title: '3号楼加装电梯',
    raisedBy: '张阿姨',
    channel: 'hotline',
    raisedOn: '2026-04-20',
  });
}

/** The import of action item 'a1' of meeting 'm1' (resolution 'v1', agenda item 'i1'). */
export function importA1(
  overrides: Partial<Extract<FollowupCommandInput, { type: 'actionItem/import' }>> = {},
): Extract<FollowupCommandInput, { type: 'actionItem/import' }> {
  return {
    type: 'actionItem/import',
    meetingId: 'm1',
    actionId: 'a1',
    voteId: 'v1',
    itemId: 'i1',
    meetingTitle: '五月议事会',
    meetingDate: '2026-05-10',
    title: '联系施工队',
    owner: '张师傅',
    budgetPlanned: 1_260_000,
    deadline: '2026-06-30',
    ...overrides,
  };
}

export const A1 = { meetingId: 'm1', actionId: 'a1' } as const;

/** Satisfaction answers of a later meeting 'm2'. */
export function evaluationBy(
  meetingId = 'm2',
  voteId = 'e1',
  meetingDate = '2026-08-15',
  counts = { satisfied: 13, basicallySatisfied: 6, dissatisfied: 2 },
) {
  return { meetingId, voteId, meetingTitle: '八月议事会', meetingDate, counts };
}
