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
    closedAt: 'Closed at',
    category: 'Category',
    signedInAt: 'Signed in',
    seq: 'No.',
    person: 'Name',
  },
  minutes: {
    items: 'Agenda items',
    speeches: 'Speeches',
    chairNotes: "Chair's notes",
    votes: 'Votes',
    resolutions: 'Resolutions',
    actionItems: 'Action items',
    voiceShares: 'Share of speaking time',
    speech: '{{speaker}} ({{stance}}, {{duration}}): ',
    method: 'Method',
    counts: '{{yes}} yes, {{no}} no, {{abstain}} abstentions',
    base: 'Base',
    rule: 'Rule',
    result: 'Result',
  },
  notice: {
    titleAbout: 'Public notice on {{subject}}',
    postingPeriod: 'Posting period: {{from}} to {{to}}',
    objection:
      'Objections may be made in writing during the posting period to {{contact}} (address: {{address}}; phone: {{phone}}).',
  },
  qr: { caption: 'Scan to check the document fingerprint' },
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
    signer: 'Signer: {{signer}}',
    signedAt: 'Signed at: {{time}}',
    fingerprint: 'Certificate fingerprint: {{fingerprint}}',
  },
};

export default messages;
