import { describe, expect, it } from 'vitest';
import { board, dispatchFollowup, emptyFollowup } from '../../../shared/followup';
import { generateRegistry, registryCommands } from '../../bench/generate-followup';

describe('the benchmark registry', () => {
  it('is what dispatching its commands one by one gives (checked at 60 meetings)', () => {
    const commands = registryCommands(60, 5, 7);
    let state = emptyFollowup();
    for (const command of commands) {
      const r = dispatchFollowup(state, command);
      if (!r.ok) throw new Error(`${command.type}: ${r.error.code}`);
      state = r.state;
    }
    expect(generateRegistry(60, 5, 7).state).toEqual(state);
  });

  it('has the size the benchmark claims: 5,000 items over 1,000 meetings, in every status', () => {
    const { state } = generateRegistry();
    const rows = board(state, {}, '2027-06-01').rows;
    expect(rows).toHaveLength(5000);
    expect(new Set(rows.map((r) => r.meetingId)).size).toBe(1000);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['planned', 'inProgress', 'done', 'dropped']),
    );
    expect(rows.some((r) => r.latestEvaluation !== null)).toBe(true);
  });
});
