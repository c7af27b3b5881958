import type { Messages } from '../types';

// Namespace 'rules' (en). Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  measure: { heads: 'head count', households: 'households', area: 'floor area' },
  field: {
    members: 'Members',
    present: 'Present',
    yes: 'Yes',
    no: 'No',
    abstain: 'Abstain',
    satisfied: 'Satisfied',
    basicallySatisfied: 'Basically satisfied',
    dissatisfied: 'Dissatisfied',
  },
  threshold: {
    gtHalf: 'more than half',
    gteHalf: 'at least half',
    gteTwoThirds: 'at least two-thirds',
    gteThreeQuarters: 'at least three-quarters',
    all: 'all',
    gt: 'more than {{fraction}}',
    gte: 'at least {{fraction}}',
    fraction: '{{num}}/{{den}}',
  },
  base: {
    members: { heads: 'all members', households: 'all households', area: 'the total floor area' },
    present: {
      heads: 'members present',
      households: 'households present',
      area: 'the floor area of owners present',
    },
    participating: {
      heads: 'those voting',
      households: 'households voting',
      area: 'the floor area voting',
    },
    votesCast: {
      heads: 'votes cast',
      households: 'votes cast by household',
      area: 'the floor area of votes cast',
    },
  },
  quorumVerb: { present: 'present', participating: 'taking part' },
  rule: {
    pass: 'yes from {{threshold}} of {{base}}',
    quorum: '{{threshold}} of {{base}} {{verb}}',
    and: ' and ',
    evaluation: 'reports the shares satisfied, basically satisfied and dissatisfied',
    noQuorum: 'no quorum',
  },
  check: {
    heads: '{{counted}}/{{base}} {{verb}}',
    households: '{{counted}}/{{base}} households {{verb}}',
    area: '{{counted}}/{{base}} m² {{verb}}',
    verb: { present: 'present', participating: 'voting', yes: 'yes' },
  },
  presetNote: {
    'owners-general':
      'For Civil Code art. 278 items (1) to (5) and (9), including using the maintenance fund of the building and its facilities: more than half of the participating floor area and more than half of the participating owners vote yes.',
    'owners-special':
      'Only for Civil Code art. 278 items (6) to (8): raising the maintenance fund; rebuilding or reconstructing the building and its facilities; changing the use of common parts or running a business on them. Three quarters or more of the participating floor area and of the participating owners must vote yes. Using the maintenance fund (item 5) is an ordinary matter: three quarters does not apply.',
  },
  percent: { value: '{{value}}%', none: '—' },
  errors: {
    notACount:
      '{{fieldLabel}} ({{measureLabel}}) must be a whole number, not negative; got "{{value}}"',
    presentExceedsMembers:
      'Present {{measureLabel}} ({{present}}) is more than the members {{measureLabel}} ({{members}})',
    countsExceedBase:
      'Votes recorded, {{measureLabel}} ({{counted}}), are more than those present ({{base}})',
    duplicateOption: 'Option id "{{optionId}}" is empty or used twice',
    fractionOutOfRange:
      'Fraction {{num}}/{{den}} is not allowed: need 0 < numerator ≤ denominator ≤ 100',
    unreachableThreshold: '"More than all" can never be reached; use "all" instead',
    nameRequired: 'Give the rule a name',
    decisionNeedsPass: 'A decision rule needs at least one pass condition',
    evaluationHasNoPass: 'An evaluation rule has no pass condition; it reports satisfaction shares',
    evaluationHeadsOnly: 'An evaluation rule counts heads only',
    duplicateNeed: 'A roster field is listed twice',
    missingNeed: 'The rule counts {{measureLabel}}, so the roster must provide {{measureLabel}}',
    builtInId: 'Id "{{id}}" belongs to a built-in rule; choose another',
    unknown: 'The rule check failed ({{code}})',
  },
};

export default messages;
