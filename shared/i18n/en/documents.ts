import type { Messages } from '../types';

// Namespace 'documents' (en). Keys must match the other locales (tests/shared/i18n.test.ts checks).
// Fixed words of the minutes, notice and sign-in sheet, and the verdicts of `yishiting verify`.
const messages: Messages = {
  kind: { minutes: 'Minutes', notice: 'Public notice', signInSheet: 'Sign-in sheet' },
  page: { ofTotal: 'Page {{page}} of {{total}}', dash: '— {{page}} —' },
  role: {
    chair: 'Chair',
    recorder: 'Recorder',
    teller: 'Teller',
    scrutineer: 'Scrutineer',
    attendee: 'Attendee',
    issuer: 'Issued by',
  },
  signature: { sign: 'Signature', date: 'Date' },
  field: {
    name: 'Meeting',
    time: 'Time',
    place: 'Place',
    expected: 'Expected',
    present: 'Present',
    absent: 'Absent',
    observers: 'Observers',
    /** The day the minutes are signed, beside 散会时间 above the signatures. */
    signedOn: 'Signed on',
    closedAt: 'Closed at',
    category: 'Category',
    signedInAt: 'Signed in',
    seq: 'No.',
    person: 'Name',
  },
  minutes: {
    items: 'Agenda items',
    speeches: 'Speeches',
    /** The recorder's summaries under the speech table, numbered as its rows. */
    summaries: 'Summaries of the speeches',
    summaryOf: '{{seq}}. {{name}}: ',
    /** The signing date of a draft, left to be written by hand. */
    signedOnBlank: '__________',
    chairNotes: "Chair's notes",
    votes: 'Votes',
    resolutions: 'Resolutions',
    actionItems: 'Action items',
    voiceShares: 'Speaking statistics',
    speech: '{{speaker}} ({{stance}}, {{duration}}): ',
    method: 'Method',
    counts_one: '{{yes}} yes, {{no}} no, {{abstain}} abstention',
    counts_other: '{{yes}} yes, {{no}} no, {{abstain}} abstentions',
    base: 'Base',
    rule: 'Rule',
    result: 'Result',

    title: 'Minutes of {{meeting}}',
    header: '{{meeting}} · Minutes',
    section: {
      attendance: 'Attendance',
      roster: 'Roster',
      items: 'Agenda items, speeches and votes',
      resolutions: 'Resolutions',
      actions: 'Action items',
      voice: 'Speaking statistics',
      closing: 'Close and signatures',
    },
    excusedEntry: '{{name}} ({{reason}})',
    leftEntry: '{{name}} (left at {{time}})',
    observerEntry: '{{name}} ({{affiliation}})',
    quorumMet: 'quorum met',
    quorumNotMet: 'quorum not met',
    quorumLine:
      '{{rule}} ({{check}} in all): {{verdict}}; the number present at each vote is given with the vote',
    itemTime: '{{planned}} min planned, {{actual}} taken',
    noSpeeches: 'Nobody spoke on this item.',
    /** A speech whose stance the chair did not record. */
    stanceUnrecorded: 'Not recorded',
    itemState: { deferred: 'deferred', pending: 'not discussed' },
    itemTimeUnheard: '{{planned}} min planned, {{state}}',
    unheard: {
      deferred: 'This item was deferred to a later meeting.',
      pending: 'This item was not discussed at this meeting.',
    },
    overrun: '{{duration}} ({{overrun}} over)',
    vote: 'Vote {{num}}: {{question}}',
    voteBase: '{{members}} members, {{present}} present',
    optionCount: '"{{label}}": {{count}}',
    rate: 'satisfaction {{rate}}',
    abstainCount_one: '{{count}} abstention',
    abstainCount_other: '{{count}} abstentions',
    winner: '"{{label}}" received the most votes',
    tie: 'The leading options are tied',
    satisfaction:
      '{{satisfied}} satisfied, {{basic}} basically satisfied, {{dissatisfied}} dissatisfied; satisfaction {{rate}}',
    ruleWithCheck: '{{rule}} ({{check}})',
    voided: 'This vote was declared void: {{reason}}',
    notClosed: 'Vote not closed',
    ballots: '{{label}}: {{names}}',
    resolutionEntry: '{{text}} (vote {{num}}: {{result}})',
    noResolutions: 'The meeting adopted no resolutions.',
    actionTitle: 'Task',
    actionOwner: 'Owner',
    actionBudget: 'Budget',
    actionDeadline: 'Deadline',
    actionStatus: 'Status',
    noActions: 'No action items were recorded.',
    voiceGroup: 'Group',
    voiceCategory: 'Category',
    voiceSpeeches: 'Speeches',
    voiceTime: 'Speaking time',
    voiceShare: 'Share',
    byGroup: 'By group',
    byCategory: 'By category',
    noVoice: 'Nobody spoke at this meeting.',
    attendeeSignatures: 'Signatures of those present',
    notClosedYet: 'The meeting has not been closed',
  },
  notice: {
    titleAbout: 'Public notice on {{subject}}',
    postingPeriod: 'Posting period: {{from}} to {{to}}',
    /** The period's dates alone, after a section name that already says 公示期. */
    postingDates: '{{from}} to {{to}}',
    objection:
      'Objections in writing within the period to {{contact}} (address: {{address}}; phone: {{phone}}).',
    contact: 'Contact: {{name}}.',
    contactWithPhone: 'Contact: {{name}}, phone {{phone}}.',
    supervision: 'Supervision hotline: {{phone}}.',
    attachmentsLead: 'Attachments: {{text}}',
    attachmentsNext: '{{text}}',
    attachmentNumber: '{{num}}. {{text}}',
  },

  // Dates in words, for the document builders.
  date: {
    day: '{{day}} {{monthName}} {{year}}',
    month: {
      m1: 'January',
      m2: 'February',
      m3: 'March',
      m4: 'April',
      m5: 'May',
      m6: 'June',
      m7: 'July',
      m8: 'August',
      m9: 'September',
      m10: 'October',
      m11: 'November',
      m12: 'December',
    },
    range: '{{date}}, {{from}}–{{to}}',
    at: '{{date}}, {{time}}',
  },
  duration: {
    minSec: '{{min}} min {{sec}} s',
    sec: '{{sec}} s',
    hourMin: '{{hours}} h {{min}} min',
  },
  money: { yuan: '{{amount}} yuan' },
  people: '{{count}}',
  none: 'none',
  paren: '{{text}} ({{note}})',
  colon: ': ',
  semicolon: '; ',
  fullStop: '.',
  list: ', ',
  numbering: {
    level1: '{{num}}. {{text}}',
    level2: '{{num}}) {{text}}',
    item: '{{num}}. {{text}}',
  },
  more: {
    preset: 'Rule preset',
    excused: 'Excused',
    leftEarly: 'Left early',
    quorum: 'Quorum',
    affiliation: 'Affiliation',
    note: 'Note',
    presenter: 'Presenter',
    itemTime: 'Time',
    description: 'Description',
    stance: 'Stance',
    startedAt: 'Started',
    duration: 'Duration',
    voteTime: 'Voted at',
    voteBase: 'Present at the vote',
    counts: 'Counts',
    quorumCheck: 'Quorum check',
    passCheck: 'Pass rule',
    conclusion: 'Conclusion',
    rollCall: 'Roll call',
  },
  noticeText: {
    subject: {
      proposal: 'the proposal "{{item}}"',
      resolution: 'the vote on "{{item}}"',
      implementation: 'the implementation of "{{item}}"',
      evaluation: 'the evaluation of "{{item}}"',
    },
    addressee: {
      residents: 'To all residents:',
      villagers: 'To all villagers:',
      owners: 'To all owners:',
    },
    intro: {
      proposal:
        'The matter "{{item}}" is on the agenda of the meeting "{{meeting}}" of {{date}} (place: {{place}}; chair: {{chair}}). The proposal is made public as follows; comments and suggestions are welcome:',
      resolution:
        'On {{date}} at {{place}} the meeting "{{meeting}}" voted by {{method}} on "{{question}}" as follows:',
      implementation:
        'Following the resolution of the meeting "{{meeting}}" of {{date}}, the implementation of "{{item}}" is made public as follows:',
      evaluation:
        'On {{date}} at {{place}} the meeting "{{meeting}}" held a satisfaction evaluation of "{{question}}" as follows:',
    },
    heading: {
      proposal: 'The proposal',
      votes: 'The vote',
      rule: 'Rule and conclusion',
      resolution: 'The resolution',
      actions: 'Implementation',
      posting: 'Posting period and objections',
      evaluationVotes: 'The evaluation',
      evaluationRule: 'Rule and conclusion of the evaluation',
    },
    /** A section's number and name run into its paragraph: '一、表决情况。' */
    runIn: '{{text}}. ',
    presenter: 'Presented by {{presenter}}.',
    attendance: {
      present: 'Expected {{members}}, present {{present}}.',
      participating: 'Could take part: {{members}}; took part: {{participating}}.',
    },
    amount: {
      heads: '{{n}} members',
      households: '{{n}} households',
      area: '{{n}} m² of floor area',
    },
    headsNote: ' ({{amount}})',
    votes: { heads: '{{n}}', households: '{{n}}', area: '{{n}} m²' },
    byMeasure: { households: 'By household: ', area: 'By floor area: ' },
    counts_one:
      '{{yes}} yes ({{yesPct}} of {{base}}), {{no}} no ({{noPct}}), {{abstain}} abstention ({{abstainPct}}).',
    counts_other:
      '{{yes}} yes ({{yesPct}} of {{base}}), {{no}} no ({{noPct}}), {{abstain}} abstentions ({{abstainPct}}).',
    countsPlain_one: '{{yes}} yes, {{no}} no, {{abstain}} abstention.',
    countsPlain_other: '{{yes}} yes, {{no}} no, {{abstain}} abstentions.',
    choiceCounts_one: 'Votes per option (share of {{base}}): {{options}}; {{abstain}} abstention.',
    choiceCounts_other:
      'Votes per option (share of {{base}}): {{options}}; {{abstain}} abstentions.',
    choicePlain_one: 'Votes per option: {{options}}; {{abstain}} abstention.',
    choicePlain_other: 'Votes per option: {{options}}; {{abstain}} abstentions.',
    optionCount: '"{{label}}" {{count}} ({{pct}})',
    optionPlain: '"{{label}}" {{count}}',
    satisfactionCounts:
      'At the evaluation {{members}} members were expected and {{present}} present. {{satisfied}} satisfied, {{basic}} basically satisfied, {{dissatisfied}} dissatisfied; satisfaction (satisfied and basically satisfied) {{rate}}.',
    rule: 'Valid with {{quorum}}; passed with {{rule}}.',
    ruleEvaluation: 'Valid with {{quorum}}; it {{rule}}.',
    checks: 'This vote: {{checks}}.',
    checksEvaluation: 'This evaluation: {{checks}}.',
    conclusion: {
      passed: 'Conclusion: the matter is passed.',
      failed: 'Conclusion: the matter is not passed.',
      invalid: 'Conclusion: the vote is invalid ({{reason}}).',
      evaluated: 'Conclusion: the evaluation is valid; satisfaction {{rate}}.',
      open: 'Conclusion: the vote is still open.',
      voided: 'Conclusion: the vote was declared void ({{reason}}).',
      choicePassed: 'Conclusion: "{{label}}" is passed.',
      tie: 'Conclusion: the leading options received the same number of votes; no option is chosen.',
      evaluationInvalid: 'Conclusion: the evaluation is invalid ({{reason}}).',
    },
    resolution: 'Resolution: {{text}}',
    nextStep: 'Next step: {{text}}',
    nextStepDefault: {
      proposal:
        'After the posting period the matter goes to the meeting for consultation and a vote.',
      passed:
        'If no objection is upheld, the resolution is carried out and the result made public.',
      other: 'The matter will not be carried out; it may be brought to a meeting again.',
      implementation:
        'If no objection is upheld during the posting period, the matter will be closed and filed.',
      evaluated: 'The result is filed and used to improve the work evaluated.',
      invalid: 'The vote is invalid and makes no decision; the matter will be put to a vote again.',
    },
    counting: {
      calendar: ' ({{days}} days from the day after posting)',
      workingDays: ' ({{days}} working days from the day after posting, weekends excluded)',
    },
    toFill: '[to be filled in]',
    noActions: 'No action items have been recorded yet.',
  },
  /** How a sign-in or a ballot reached the record (members' own phones, issue 16). */
  channel: {
    viaHeader: 'Via',
    via: { chair: 'chair', device: 'phone' },
    viaLegend:
      "Via: 'chair' = recorded by the chair in the room; 'phone' = signed in on the member's own phone.",
    field: 'By channel',
    entered: {
      hands: 'hands',
      paper: 'paper ballots',
      handsOrPaper: 'hands or paper',
      rollCall: 'recorded by the chair',
    },
    keyCount: '{{label}} {{count}}',
    split: 'phones {{device}} ({{deviceCounts}}); {{channel}} {{entered}} ({{enteredCounts}})',
    splitSecret:
      'phones {{device}}, {{channel}} {{entered}}; a secret ballot records only the counts, never who voted how',
    byDevice: '{{name}} (phone)',
    noticeEntered: {
      hands: 'by show of hands',
      paper: 'on paper ballots',
      handsOrPaper: 'by hands or on paper',
      rollCall: 'recorded by the chair',
    },
    notice: 'Of these, {{device}} were cast on phones and {{entered}} {{channel}}.',
  },
  /** Personal slips: one QR code per member, to cut apart and hand out; never a public record. */
  slips: {
    title: '{{meeting}} – personal QR codes',
    header:
      '{{meeting}} · Personal slips (each QR code is for its member only) · cut along the dashed lines and hand each to its member',
    instruction: 'Scan to join as yourself. Do not pass this slip on to anyone.',
  },
  signIn: {
    title: 'Sign-in sheet: {{meeting}}',
    header: '{{meeting}} · Sign-in sheet',
    affiliation: 'Affiliation',
    phone: 'Phone',
    excused: 'Excused ({{reason}})',
    excusedNoReason: 'Excused',
    absent: 'Absent',
    observer: 'Observer',
    left: '{{time}} (left {{left}})',
    blankNote:
      'Each attendee signs in person. Observers are listed last and are not counted as expected.',
    recordedNote:
      'Sign-in times are the first sign-in recorded by the app. Observers are not counted as expected.',
    tallyBlank: 'Expected: ______   Present: ______   Excused: ______   Observers: ______',
    tallyBy: 'Counted by (signature): ______________   Time: ________',
  },
  export: {
    badIssuer:
      'The issuing-body option "{{field}}" is invalid (too long or has a control character); nothing was exported',
    written: 'Exported {{file}}',
    unknownMeeting:
      'Meeting not found: {{meeting}} (neither a meeting script file nor a stored meeting id)',
    scriptInvalid: 'Invalid meeting script: {{reason}}',
    unknownItem: 'The meeting has no agenda item {{itemId}}',
    unknownVote: 'The meeting has no vote {{voteId}}',
    noVote: 'Agenda item "{{item}}" has no closed vote: no resolution notice can be made',
    needTarget: 'Say which matter the notice is about with --item or --vote',
    noMeeting: 'The meeting has not been created',
    badDate: 'Expected a real date as YYYY-MM-DD: {{value}}',
    unwritable: 'Cannot write {{file}}: {{reason}}',
    failed: 'Export failed: {{reason}}',
    voteOpen: 'The vote "{{question}}" is still open: its result cannot be made public',
    voteVoided:
      'The vote "{{question}}" was declared void ({{reason}}): it cannot be made public as a decision',
    postedBeforeMeeting:
      'Posting day {{postedOn}} is before the meeting ({{date}}): a result cannot be made public before the meeting decides',
    proposalNotBefore:
      'A proposal is made public before the meeting: posting day {{postedOn}} is not before the meeting ({{date}})',
    proposalPastMeeting:
      'The posting period runs to {{to}}, not ending before the meeting ({{date}}): post it on {{latest}} at the latest',
    supersededByRevote:
      'The vote "{{question}}" is invalid ({{reason}}) and the re-vote "{{revote}}" on the same item passed: make that vote public instead',
    noPassedVote:
      'Agenda item "{{item}}" has no passed vote: there is no implementation to make public',
    noActions:
      'Agenda item "{{item}}" has no action items: there is no implementation to make public',
    actionsNotDone:
      'The action items of "{{item}}" are not done ({{pending}}): the implementation is made public once done; record it in the follow-up register and export the notice from there',
    noSlips:
      "Phones in the room are off: personal slips need this computer's network address. Turn on phones in the room, then print the slips",
  },
  qr: { caption: 'Scan to check the document fingerprint' },
  noticeWarning: {
    prefix: 'Note: {{text}}',
    invalidVote:
      'The vote is invalid ({{reason}}) and makes no decision: the notice only reports it, with no objection period.',
    laterVote: 'The same item was put to a later vote "{{revote}}": {{result}}.',
    lateResolution:
      'The posting day is {{days}} days after the meeting; a result is usually made public soon after it.',
    shortNotice:
      'Under "{{preset}}" a proposal is made public at least {{days}} days before the meeting; this one only {{actual}}.',
    meetingRecordOnly:
      'This notice lists the action items as the meeting recorded them, with no completion dates, costs or evaluation; record those in the follow-up register and export the implementation notice from there.',
  },
  fingerprint: {
    line: 'Signing certificate fingerprint (SHA-256): {{fingerprint}}',
    document: 'Document fingerprint: {{fingerprint}}',
  },
  verify: {
    valid: 'Valid signature: the file has not been changed since it was signed.',
    modified: 'Invalid signature: the file was changed after signing, or the signature is damaged.',
    notSigned: 'The file is not signed.',
    unknownSigner: 'The signature is intact, but the certificate is not trusted on this computer.',
    unreadable: 'Cannot read the file: {{reason}}',
    incomplete:
      'Cannot read the file: it is not a complete PDF (probably cut short while downloading or copying), so it cannot show whether anything was changed. Get the whole file and check again.',
    signer: 'Signer: {{signer}}',
    signedAt: 'Signed at: {{time}}',
    contentHash: "SHA-256: {{hash}} (of the content; the same as on the notice's QR code)",
    noContent: 'This file has no QR code content (only notices carry a QR code).',
    fileHash: 'SHA-256 of the whole file: {{hash}}',
    fingerprint: 'Certificate fingerprint: {{fingerprint}}',
  },
};

export default messages;
