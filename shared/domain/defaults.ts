import type { QueuePolicy } from './state/types';
import type { BodyKind, Category } from './vocabulary';

/** The preset each body kind starts with; the chair may pick another. */
export const DEFAULT_PRESET: Readonly<Record<BodyKind, string>> = {
  residentsCouncil: 'council-default',
  compoundCouncil: 'council-default',
  villagerRepsMeeting: 'villager-reps-meeting',
  topicalConsultation: 'council-default',
  communityDialogue: 'council-default',
  custom: 'council-default',
};

/**
 * Categories that must be present ("4+N" rural, "5+N" urban); the stakeholders ("+N") depend on
 * the matter, so they are required only where the body exists for them (专题协商).
 */
export const DEFAULT_REQUIRED: Readonly<Record<BodyKind, readonly Category[]>> = {
  residentsCouncil: ['committee', 'residentRep', 'ownersCommittee', 'propertyManager', 'socialOrg'],
  compoundCouncil: ['committee', 'residentRep', 'ownersCommittee', 'propertyManager'],
  villagerRepsMeeting: ['committee', 'residentRep'],
  topicalConsultation: ['committee', 'residentRep', 'stakeholder'],
  communityDialogue: ['committee', 'residentRep'],
  custom: [],
};

/** Three minutes a speech and first-time speakers first: common council practice. */
export const DEFAULT_QUEUE_POLICY: QueuePolicy = {
  firstTimeFirst: true,
  leastTimeFirst: false,
  alternateStances: false,
  speechLimitSec: 180,
};

/**
 * The longest a speech may be given, in seconds (two hours): a typo of an extra zero is refused
 * rather than leaving the speaker with a clock that never runs out.
 */
export const MAX_SPEECH_LIMIT_SEC = 7_200;

/** How many undoable steps are kept. */
export const UNDO_DEPTH = 30;
