import { addTallies, measuresUsed } from './threshold';
import type { Measure, RulePreset, RulesError, Tally, VoteInput } from './types';

// Validation runs before counts are recorded, so a bad figure is refused with a reason instead of
// deciding a vote. Only heads and the measures the preset uses are checked: a heads-only rule
// does not care what stray area figure a caller passes.

function error(code: string, params: Readonly<Record<string, string | number>>): RulesError {
  return { code: `rules.${code}`, params };
}

/** Refuses a count that is not a non-negative safe integer. */
export function checkCount(field: string, measure: Measure, value: number): RulesError | null {
  return Number.isSafeInteger(value) && value >= 0
    ? null
    : error('notACount', { field, measure, value: String(value) });
}

/**
 * Refuses members/present counts that cannot be right: non-integers, negatives, or more present
 * than members. Shared by votes, choices and evaluations.
 */
export function validateAttendance(
  preset: RulePreset,
  members: Tally,
  present: Tally,
): RulesError | null {
  for (const measure of measuresUsed(preset)) {
    const bad =
      checkCount('members', measure, members[measure]) ??
      checkCount('present', measure, present[measure]);
    if (bad) return bad;
    if (present[measure] > members[measure]) {
      return error('presentExceedsMembers', {
        measure,
        present: present[measure],
        members: members[measure],
      });
    }
  }
  return null;
}

/** Refuses recorded votes above those present (RULES.md: yes+no+abstain ≤ present). */
export function validateCast(preset: RulePreset, present: Tally, cast: Tally): RulesError | null {
  for (const measure of measuresUsed(preset)) {
    if (cast[measure] > present[measure]) {
      return error('countsExceedBase', {
        measure,
        counted: cast[measure],
        base: present[measure],
      });
    }
  }
  return null;
}

/**
 * Checks the entered counts before they are recorded: non-negative integers, present ≤ members,
 * yes+no+abstain ≤ present, for heads and every measure the preset uses. Returns the first
 * problem, or null.
 */
export function validateVoteInput(preset: RulePreset, input: VoteInput): RulesError | null {
  const attendance = validateAttendance(preset, input.members, input.present);
  if (attendance) return attendance;
  for (const measure of measuresUsed(preset)) {
    const bad =
      checkCount('yes', measure, input.yes[measure]) ??
      checkCount('no', measure, input.no[measure]) ??
      checkCount('abstain', measure, input.abstain[measure]);
    if (bad) return bad;
  }
  return validateCast(preset, input.present, addTallies(input.yes, input.no, input.abstain));
}
