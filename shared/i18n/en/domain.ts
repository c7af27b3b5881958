import type { Messages } from '../types';

// Namespace 'domain' (en). Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  bodyKind: {
    residentsCouncil: "Residents' council",
    villagerRepsMeeting: "Villagers' representatives meeting",
    compoundCouncil: 'Compound council',
    topicalConsultation: 'Topical consultation ("come and consult")',
    communityDialogue: 'Community dialogue',
    custom: 'Other consultation meeting',
  },
  category: {
    committee: 'Committee member',
    residentRep: 'Resident representative',
    nonLocalRep: 'New resident representative',
    socialOrg: 'Social organisation representative',
    ownersCommittee: "Owners' committee",
    propertyManager: 'Property manager',
    stakeholder: 'Stakeholder',
    custom: 'Other',
  },
  role: { member: 'Member', observer: 'Observer' },
  triage: {
    major: {
      label: 'Major',
      routing:
        'Cross-community or needs government services: referred to the sub-district (township)',
    },
    minor: {
      label: 'Minor',
      routing: 'Concerns the whole community: consulted by the community council',
    },
    micro: { label: 'Micro', routing: 'Within one compound: consulted under the two committees' },
  },
  stage: {
    raise: 'Raise',
    deliberate: 'Deliberate',
    decide: 'Decide',
    carryOut: 'Carry out',
    evaluate: 'Evaluate',
  },
  stageHint: {
    raise: 'Collect the problems and proposals residents raise',
    deliberate: 'Consult all parties',
    decide: 'Vote under the rule and adopt a resolution',
    carryOut: 'Carry out the resolution: residents run their own affairs',
    evaluate: 'Residents evaluate the result',
  },
  stance: { pro: 'For', contra: 'Against', neutral: 'No stance' },
  pointOfOrder: 'Point of order',
  voteMethod: {
    hands: 'Show of hands',
    rollCall: 'Roll call',
    secret: 'Secret ballot',
    choice: 'Choice among options',
    satisfaction: 'Satisfaction evaluation',
  },
  ballot: { yes: 'Yes', no: 'No', abstain: 'Abstain' },
  satisfaction: {
    satisfied: 'Satisfied',
    basicallySatisfied: 'Basically satisfied',
    dissatisfied: 'Dissatisfied',
  },
  meetingStatus: { draft: 'In preparation', open: 'In session', closed: 'Closed' },
  itemStatus: { pending: 'Pending', open: 'Open', deferred: 'Deferred', closed: 'Closed' },
  attendanceStatus: { absent: 'Absent', present: 'Present', excused: 'Excused' },
  voteStatus: { open: 'Open', closed: 'Closed', voided: 'Void' },
  voteResult: {
    passed: 'Passed',
    failed: 'Not passed',
    invalid: 'Invalid',
    evaluated: 'Evaluated',
  },
  invalidReason: {
    belowQuorum: 'Fewer present than the quorum',
    /** An owners' vote (民法典 art. 278): too few owners took part, in heads or area. */
    belowParticipation: 'participation fell short of the rule in {{what}}',
  },
  actionStatus: {
    planned: 'Not started',
    inProgress: 'In progress',
    done: 'Completed',
    cancelled: 'Terminated',
  },
  /** A village's words where a residents' body says residents (category and speaking-share group). */
  inVillage: { residentRep: 'Villager representative', residents: 'Villagers' },
  voiceGroup: {
    residents: 'Residents',
    officials: 'Committee officials',
    organisations: 'Organisations',
    others: 'Others',
  },
  attendance: {
    expected: 'Expected',
    present: 'Present',
    absent: 'Absent',
    excused: 'Excused',
    observers: 'Observers',
  },
  timer: { remaining: 'Remaining', overrun: 'Over time', paused: 'Paused' },
  urgent: 'Urgent item',
};

export default messages;
