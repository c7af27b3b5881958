import {
  dispatch,
  type BodyKind,
  emptyState,
  type CommandInput,
  type DomainError,
  type MeetingEvent,
  type MeetingState,
} from '../../shared/domain';

/** 2026-05-10 19:00 Beijing time: the demo evening every test meeting happens on. */
export const T0 = Date.parse('2026-05-10T19:00:00+08:00');
export const MIN = 60_000;

/**
 * A meeting driven command by command, the way the backend drives it: every command gets a
 * time (advancing one second unless told otherwise) and must be accepted unless `reject` is used.
 */
export class Sim {
  state: MeetingState;
  events: MeetingEvent[] = [];
  now = T0;

  constructor(meetingId = 'm1') {
    this.state = emptyState(meetingId);
  }

  /** Runs a command that must succeed. */
  do(command: CommandInput, advanceMs = 1000): this {
    this.now += advanceMs;
    const r = dispatch(this.state, { ...command, at: this.now });
    if (!r.ok)
      throw new Error(`${command.type} refused: ${r.error.code} ${JSON.stringify(r.error.params)}`);
    this.state = r.state;
    this.events.push(...r.events);
    return this;
  }

  /** Runs a command that must be refused; checks the state did not change and returns the error. */
  reject(command: CommandInput, advanceMs = 1000): DomainError {
    const before = this.state;
    const r = dispatch(this.state, { ...command, at: this.now + advanceMs });
    if (r.ok) throw new Error(`${command.type} was accepted, expected a rejection`);
    if (this.state !== before) throw new Error('state changed');
    return r.error;
  }

  /** Moves the clock without a command. */
  wait(ms: number): this {
    this.now += ms;
    return this;
  }
}

/** A council meeting with `n` resident representatives (ids r1…rn) and two committee members. */
export function council(
  n: number,
  options: Readonly<{ presetId?: string; bodyKind?: BodyKind }> = {},
): Sim {
  const sim = new Sim();
  sim.do({
    type: 'meeting/create',
    title: '测试议事会',
    bodyKind: options.bodyKind ?? 'residentsCouncil',
    date: '2026-05-10',
    place: '社区党群服务中心',
    chair: '王主任',
    recorder: '李记录',
    ...(options.presetId ? { presetId: options.presetId } : {}),
  });
  for (let i = 1; i <= n; i++) {
    sim.do({
      type: 'roster/addMember',
      memberId: `r${i}`,
      name: `代表${i}`,
      category: 'residentRep',
    });
  }
  return sim;
}

/** Signs in members r1…rk. */
export function signIn(sim: Sim, k: number, prefix = 'r'): Sim {
  for (let i = 1; i <= k; i++) sim.do({ type: 'roster/signIn', memberId: `${prefix}${i}` });
  return sim;
}

/** An open meeting with one item 'i1' on the floor and k of n members present. */
export function onFloor(n: number, k: number, presetId?: string): Sim {
  const sim = council(n, presetId ? { presetId } : {});
  signIn(sim, k);
  sim.do({ type: 'agenda/addItem', itemId: 'i1', title: '加装电梯' });
  sim.do({ type: 'meeting/open' });
  sim.do({ type: 'agenda/openItem', itemId: 'i1' });
  return sim;
}

/** Show-of-hands counts as the tellers enter them. */
export const hands = (yes: number, no: number, abstain: number): CommandInput => ({
  type: 'vote/enterCounts',
  counts: { yes: { heads: yes }, no: { heads: no }, abstain: { heads: abstain } },
});

/** Opens a show-of-hands vote, enters the counts and closes it; returns the vote. */
export function handsVote(
  sim: Sim,
  voteId: string,
  yes: number,
  no: number,
  abstain: number,
  presetId?: string,
) {
  sim.do({
    type: 'vote/open',
    voteId,
    method: 'hands',
    question: '是否同意',
    ...(presetId ? { presetId } : {}),
  });
  sim.do(hands(yes, no, abstain));
  sim.do({ type: 'vote/close', resolution: '决议文本' });
  return sim.state.votes[voteId];
}
