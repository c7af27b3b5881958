import {
  presetById,
  type RulePreset,
  type Tally,
  type VoteInput,
} from '../../../shared/domain/rules';

/** A tally; households and area default to 0 for head-count-only rules. */
export function tally(heads: number, households = 0, area = 0): Tally {
  return { heads, households, area };
}

/** A built-in preset, failing the test loudly if the id is gone. */
export function preset(id: string): RulePreset {
  const found = presetById(id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}

/** A head-count vote: members, present, yes, no, abstain. */
export function headVote(
  members: number,
  present: number,
  yes: number,
  no: number,
  abstain: number,
): VoteInput {
  return {
    members: tally(members),
    present: tally(present),
    yes: tally(yes),
    no: tally(no),
    abstain: tally(abstain),
  };
}
