import type { Messages } from '../types';

// Namespace 'errors' (en). Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  command: {
    malformed: 'The command is malformed (at {{path}}: {{issue}})',
    controlCharacter:
      'The text contains a control character (an invisible special symbol); delete it and type it again (at {{path}})',
    failed: 'An internal error occurred; the meeting was not changed: {{message}}',
    timeWentBack: 'The command is dated before the last record; check the computer clock',
  },
  meeting: {
    notCreated: 'The meeting has not been created',
    alreadyCreated: 'The meeting already exists',
    notOpen: 'The meeting has not started',
    notDraft: 'The meeting has started; this can no longer be changed',
    closed: 'The meeting is closed',
    presetLocked: 'Votes have been taken; the rule preset can no longer change',
    unknownPreset: 'No rule preset "{{presetId}}"',
    unknownTimeZone:
      '"{{timeZone}}" is not a time zone this computer knows (use a name such as Asia/Shanghai)',
  },
  display: {
    nothingShown: 'No message is shown on the projector',
  },
  history: {
    nothingToUndo: 'Nothing to undo (a closed vote can only be declared void)',
    phonesVoted:
      'Members have voted on their phones ({{count}}), so opening the vote cannot be undone: close the vote, and declare it void if needed',
  },
  roster: {
    unknownMember: 'Not on the roster ({{memberId}})',
    duplicateMember: 'The roster already has someone with id {{memberId}}',
    memberHasRecord: '{{name}} has signed in, spoken or voted and cannot be removed',
    alreadyPresent: '{{name}} has already signed in',
    notPresent: '{{name}} has not signed in',
    isSpeaking: '{{name}} is speaking; end the speech first',
    importDuplicate:
      'Row {{row}}: someone with id {{memberId}} is already on the roster; nothing was imported',
    importRowInvalid: 'Row {{row}}: "{{field}}" is not valid; nothing was imported',
  },
  agenda: {
    unknownItem: 'No such agenda item ({{itemId}})',
    duplicateItem: 'The agenda already has an item with id {{itemId}}',
    reorderMismatch: 'The new order must list every item exactly once',
    noItemOpen: 'No agenda item is open',
    itemNotOpen: 'That item is not open',
    anotherItemOpen: '"{{title}}" is open; close or defer it first',
    itemClosed: '"{{title}}" has been closed',
    cannotDefer: '"{{title}}" is closed or deferred already',
    itemHasVotes: '"{{title}}" has votes on record, which the minutes keep; it cannot be deleted',
    itemHasSpeeches:
      '"{{title}}" has speeches on record, which the minutes keep; it cannot be deleted',
    itemHasNotes: '"{{title}}" has notes and cannot be deleted; clear the notes first',
    itemWasOpened:
      '"{{title}}" has been on the floor, which the minutes keep; it cannot be deleted',
    noNextItem: 'No pending or deferred item is left',
  },
  queue: {
    alreadyQueued: '{{name}} is already in the speaker queue',
    notQueued: '{{name}} is not in the speaker queue',
    isSpeaking: '{{name}} is speaking',
    reorderMismatch: 'The new order must list everyone in the queue exactly once',
    empty: 'The speaker queue is empty',
  },
  speech: {
    duplicateId: 'Speech id {{speechId}} is taken',
    noneRunning: 'Nobody has the floor',
    alreadyPaused: 'The speech timer is already paused',
    notPaused: 'The speech timer is not paused',
    unknown: 'No such speech ({{speechId}})',
  },
  vote: {
    unknown: 'No such vote ({{voteId}})',
    duplicateId: 'Vote id {{voteId}} is taken',
    anotherOpen: 'Another vote is open; close it first',
    noneOpen: 'No vote is open',
    notOpen: 'That vote is closed',
    stillOpen: 'A vote is still open; close it first',
    presetKindMismatch:
      'The rule does not fit the method: satisfaction evaluations need an evaluation rule, other votes a decision rule',
    needsOptions: 'A choice needs at least two options',
    duplicateOption: 'Option ids must be unique and may not be "abstain"',
    rosterMissing:
      'This rule counts households or floor area, but the roster lacks them for {{name}}',
    rollCallTakesBallots: "A roll call records each member's ballot; counts cannot be entered",
    notRollCall: 'Only a roll call records individual ballots',
    unknownCountKey: 'The counts contain an entry that is not part of this vote ({{key}})',
    countsExceedBase:
      'The counts add up to {{counted}}, more than the {{base}} present; please check',
    invalidCounts: 'The counts are not valid; please check and enter them again',
    noCounts: 'No counts have been entered',
    observerCannotVote: '{{name}} is an observer and has no vote',
    voterNotPresent: '{{name}} recorded a ballot but has left; deal with the ballot first',
    householdSplit:
      'One vote per household: {{name}} differs from another member of household {{household}}',
    countedTwice:
      '{{device}} voted on phones and {{entered}} by hands or paper: together more than the {{base}} present. Members who voted on a phone must not raise a hand or cast paper too',
    ballotIdTaken: 'This ballot was already used by another member; the phone sends a new one',
    secretUsesBox:
      'A secret ballot is not recorded next to a name; it goes into the ballot box on the phone',
    notSecret: 'Only a secret ballot has a ballot box',
    alreadyVoted: '{{name}} has already voted',
    householdVoted:
      'One vote per household: another member of household {{household}} has already voted on a phone, so {{name}} cannot vote too',
    sealedMismatch:
      'The ballot box holds {{sealed}} phone ballots, but {{marked}} members are marked as having voted; the vote cannot be closed like this',
    alreadyVoided: 'That vote has already been declared void',
    notPassed: 'That vote did not pass, so it has no resolution',
  },
  action: {
    duplicateId: 'Action id {{actionId}} is taken',
    unknown: 'No such action item ({{actionId}})',
  },
  // Words for shared/text/decode.ts: a file whose encoding could not be read.
  text: {
    unsupportedEncoding:
      'The file is saved as {{encoding}}, which cannot be read. Save it as UTF-8 and try again.',
    damaged:
      'The file says it is {{encoding}} but contains bytes that are not valid {{encoding}}; it may be damaged.',
    undecodable:
      'The file is not text in a readable encoding (UTF-8, UTF-16 or GB18030/GBK). Save it as UTF-8 and try again.',
    binary: 'The file contains binary data, not text. Choose a text file.',
  },
};

export default messages;
