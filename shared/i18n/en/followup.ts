import type { Messages } from '../types';

// Namespace 'followup' (en): follow-through across meetings (raise, carry out, evaluate).
// Rejections use their code as the key (shared/followup/errors.ts); labels live under 'label'.
// Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  command: {
    malformed: 'The command is malformed (at {{path}}: {{issue}})',
    failed: 'An internal error occurred; the follow-up register was not changed: {{message}}',
    timeWentBack: 'The command is dated before the last record; check the computer clock',
  },
  topic: {
    unknown: 'No such topic in the list ({{topicId}})',
    duplicateId: 'The list already has a topic with id {{topicId}}',
    closed: 'This topic is settled or dropped and can no longer change',
    notTriaged: 'Classify the topic first (major, minor or micro)',
    alreadyOnAgenda: 'The topic is already on the agenda of this meeting ({{meetingId}})',
    neverScheduled: 'The topic was never on a meeting agenda, so it cannot be marked decided',
    reasonRequired: 'Dropping a topic needs a reason (it is made public)',
  },
  actionItem: {
    unknown: 'No such action item on the board ({{meetingId}} / {{actionId}})',
    duplicate: 'This action item is already on the board ({{meetingId}} / {{actionId}})',
    unknownTopic: 'No such topic in the list ({{topicId}})',
    notPlanned: 'Only a planned action item can be started',
    notStarted: 'The action item has not been started, so it cannot be marked completed',
    finished: 'The action item is completed or terminated and can no longer change',
    beforeStart: 'The date {{on}} is before the item was started ({{startedOn}})',
    notDone: 'Only a completed action item can be evaluated',
  },
  evaluation: {
    sameMeeting: 'The satisfaction vote must be taken in a later meeting than the decision',
    beforeDone: 'The evaluating meeting ({{meetingDate}}) is before the item was done ({{doneOn}})',
    duplicate: 'This evaluation is already linked to the action item',
    unknownVote: 'No such vote in the meeting ({{voteId}})',
    notSatisfaction: 'This vote is not a satisfaction evaluation',
    notClosed: 'The satisfaction vote is not closed yet',
    invalid: 'This evaluation is not valid (no quorum or no answers) and evaluates nothing',
  },
  notice: {
    task: 'Action item',
    owner: 'Owner',
    startedOn: 'Started',
    doneOn: 'Completed',
    budgetPlanned: 'Planned budget',
    budgetSpent: 'Spent',
    summary: 'What was done: {{text}}',
    evaluationHeading: 'Satisfaction evaluation',
    evaluation:
      'The meeting "{{meeting}}" of {{date}} evaluated this item; {{total}} answered: {{satisfied}} satisfied, {{basicallySatisfied}} basically satisfied, {{dissatisfied}} dissatisfied. Satisfaction rate: {{rate}}.',
    notEvaluated: 'This item has not been evaluated yet.',
  },
  supervision: {
    duplicate: 'This supervision comment was already received ({{commentId}})',
  },
  hubLink: {
    unavailable: 'Sending to the street office is not available in this mode',
    notLinked:
      'This computer is not linked to the street office yet: enter the address and enrolment code first',
    badAddress:
      'The address is not valid: it must start with http:// or https:// and contain no user name or password',
    unreachable:
      'Cannot reach the street office ({{address}}). Check the network and the address; without a network, a USB stick can carry the bundles to the street office for import',
    timeout: 'The street office did not answer within {{seconds}} seconds; try again later',
    unauthorized:
      "The street office no longer accepts this computer's credentials (it may have been enrolled again). Ask the street office for a new enrolment code and enrol again",
    enrolRefused: 'The street office refused the enrolment: {{reason}}',
    badReply:
      "The street office's reply could not be read (HTTP {{status}}); contact the street office",
    linkDamaged: 'The link file was damaged and was moved to {{keptAs}}; please enrol again',
    busy: 'Sending or syncing is under way; wait until it finishes',
    notSigning:
      'This computer has no signing certificate yet: create or import one in Settings first',
  },
  hub: {
    reenrol: 'Enrol again with a new code',
    close: 'Close',
    open: 'Send to the street office',
    title: 'Send to the street office',
    intro:
      'Sends the signed bundles of closed meetings to the street office and collects its supervision comments on the action items.',
    notLinked:
      'This computer is not linked to the street office yet. Enter the address and the one-time enrolment code the street office gave you (once only).',
    address: 'Street office address',
    addressHint: 'e.g. http://192.168.1.20:8790',
    code: 'Enrolment code',
    codeHint: 'e.g. ABCD-EFGH-JKLM',
    enrol: 'Enrol',
    enrolled: 'Linked as {{community}} (id {{communityId}})',
    linkedTo: 'Address: {{address}}, enrolled {{date}}',
    send: 'Send',
    sync: 'Fetch supervision comments',
    working: 'Working…',
    sentSummary:
      'This time — accepted: {{accepted}}, sent before: {{already}}, refused: {{refused}}, not delivered: {{failed}}',
    nothingToSend: 'No closed meeting to send',
    resultsHeading: 'Result per meeting',
    col: {
      meeting: 'Meeting',
      sequence: 'Bundle no.',
      result: 'Result',
      at: 'Time',
    },
    result: {
      accepted: 'Accepted',
      replayed: 'Already at the street office (sent before)',
      refused: 'Refused: {{reason}}',
      failed: 'Not delivered: {{reason}}',
    },
    missing:
      'The street office is missing bundle no. {{list}} of this community (deleted or never sent)',
    synced_one:
      '1 new supervision comment received; it is shown on its item of the follow-up board',
    synced_other:
      '{{count}} new supervision comments received; they are shown on their items of the follow-up board',
    syncedNone: 'No new supervision comments',
    unmatched_one: "1 supervision comment is about an item not on this computer's board: {{items}}",
    unmatched_other:
      "{{count}} supervision comments are about items not on this computer's board: {{items}}",
    refusedHeading: 'Bundles the street office refused',
  },
  label: {
    supervision: 'Supervision',
    supervisionBy: '{{author}} · {{date}}',
    supervisionMore_one: '1 supervision comment in all',
    supervisionMore_other: '{{count}} supervision comments in all',
    channel: {
      hotline: 'Hotline',
      doorToDoor: 'Door-to-door visit',
      wechatGroup: 'WeChat group',
      suggestionBox: 'Suggestion box',
      meeting: 'Raised in a meeting',
    },
    route: {
      subDistrict: 'Sent to the sub-district (township)',
      council: 'Council consults',
      twoCommittees: 'Two committees consult',
      other: 'Other',
    },
    topicStatus: {
      raised: 'Raised',
      triaged: 'Classified',
      routed: 'Routed',
      scheduled: 'On an agenda',
      decided: 'Decided',
      dropped: 'Dropped',
    },
    itemStatus: {
      planned: 'Not started',
      inProgress: 'In progress',
      done: 'Completed',
      dropped: 'Terminated',
    },
    overdue: 'Overdue',
    satisfactionRate: 'Satisfaction rate',
    rateFormula:
      'Satisfaction rate = (satisfied + basically satisfied) ÷ (satisfied + basically satisfied + dissatisfied), rounded half up to 0.1%',
    rateNone: 'No valid answers',
  },
};

export default messages;
