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
  label: {
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
