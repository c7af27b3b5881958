import type { Messages } from '../types';

// Namespace 'storage' (en). Keys must match the other locales (tests/shared/i18n.test.ts checks).
const messages: Messages = {
  recovered: {
    fromBackup:
      'The meeting file was damaged. It was restored from the backup "{{backup}}" (records: {{events}}).',
    fromJournalOnly:
      'The meeting file was damaged and no backup was usable. Records recovered from the action log: {{events}}.',
    tornTail_one:
      '{{count}} record was still being saved when the app stopped ({{file}}). It had not been confirmed and was discarded.',
    tornTail_other:
      '{{count}} records were still being saved when the app stopped ({{file}}). They had not been confirmed and were discarded.',
    journalDamaged:
      'Damaged lines skipped in the action log "{{file}}": {{skipped}}; the records after them are complete.',
    journalGap:
      'The action log "{{file}}" breaks off at record {{from}}; records after it that could not be recovered: {{lost}}.',
    journalCut:
      'The action log "{{file}}" was cut short (the file is incomplete): saved records from record {{from}} on are lost (at least {{lost}}) and cannot be recovered. The meeting was restored up to record {{from}}.',
    migrated:
      '"{{file}}" was in an older format (version {{from}}) and has been upgraded to version {{to}}.',
    indexRebuilt_one: 'The meeting list was rebuilt from the meeting files ({{count}} meeting).',
    indexRebuilt_other: 'The meeting list was rebuilt from the meeting files ({{count}} meetings).',
    saved_one: 'The disk is writable again. The {{count}} unsaved record has been saved.',
    saved_other: 'The disk is writable again. All {{count}} unsaved records have been saved.',
  },
  quarantined:
    'The unreadable file "{{file}}" was moved to quarantine ({{folder}}). Nothing was deleted.',
  refused: {
    empty: 'The file "{{file}}" is empty.',
    notJson: 'The file "{{file}}" is damaged or incomplete and cannot be read.',
    tooLarge: 'The file "{{file}}" is too large (limit {{limit}} bytes) and was not read.',
    tooDeep: 'The file "{{file}}" is nested too deeply (limit {{limit}} levels) and was not read.',
    stringTooLong:
      'The file "{{file}}" contains an overlong text (limit {{limit}} characters) and was not read.',
    forbiddenKey: 'The file "{{file}}" contains the unsafe field "{{key}}" and was not read.',
    noVersion: 'The file "{{file}}" is not a Yishiting meeting file (no version number).',
    tooNew:
      'The file "{{file}}" was made by a newer Yishiting (version {{version}}; this one reads up to {{supported}}). Please update the app.',
    invalid: 'The file "{{file}}" does not have the expected format ({{path}}: {{problem}}).',
    wrongMeeting: 'The file "{{file}}" belongs to meeting {{actual}}, not {{expected}}.',
    replayFailed: 'The meeting records in "{{file}}" cannot be replayed: {{reason}}',
    notAnArchive: '"{{file}}" is not a Yishiting meeting archive.',
    archiveTooLarge: 'The archive "{{file}}" is too large (limit {{limit}} bytes).',
    checksumMismatch: '"{{entry}}" in the archive "{{file}}" is damaged (checksum mismatch).',
    badEntryName: 'The archive "{{file}}" contains the disallowed file name "{{entry}}".',
    archiveEntryOversized:
      '"{{entry}}" in the archive "{{file}}" unpacks to more than the {{declared}} bytes it declares. The archive is damaged or forged and was not imported.',
    notAFile:
      '"{{file}}" is not a regular file (a folder or a special file) and was not read. Other meetings are not affected.',
    unreadable:
      'The file "{{file}}" cannot be read (no read permission or a disk error). Other meetings are not affected. Check the file permissions.',
  },
  readOnly: {
    newerVersion:
      'Meeting {{meetingId}} was saved by a newer Yishiting (version {{version}}; this one supports up to {{supported}}). It can be viewed but not changed, so that the two versions do not keep different records. Update the app to continue this meeting.',
  },
  error: {
    diskFull:
      'The disk is full. Records kept in memory until they are saved: {{pending}}; saving is retried. Free some space and do not close the app.',
    readOnly:
      'The data folder is read-only. Records kept in memory until they are saved: {{pending}}; saving is retried. Check the write protection of the disk and do not close the app.',
    permissionDenied:
      'No permission to write to the data folder. Records kept in memory until they are saved: {{pending}}; saving is retried. Check the folder permissions and do not close the app.',
    io: 'Writing to the disk failed. Records kept in memory until they are saved: {{pending}}; saving is retried. Do not close the app.',
    locked: 'The data folder is in use by another Yishiting process ({{pid}}).',
    notFound: 'Meeting {{meetingId}} was not found.',
    meetingOpen: 'Meeting {{meetingId}} is open. Close it before replacing it.',
    alreadyExists: 'Meeting {{meetingId}} already exists.',
    unrecoverable:
      'The files of meeting {{meetingId}} are damaged and no backup is usable. The damaged files were kept in quarantine.',
    closed: 'Meeting {{meetingId}} is closed and cannot be written to.',
  },
  bundle: {
    refused: {
      badZip: 'This is not a meeting bundle: the file is not a zip, or it is damaged.',
      oversize:
        'The bundle is too large or holds too many files to be a meeting bundle. Nothing was read from it.',
      zipBomb:
        'The file "{{file}}" in the bundle unpacks to more than it declares (a zip bomb). Nothing was read from it.',
      badFileName: 'The bundle holds a file no meeting bundle has: "{{file}}".',
      missingFile: 'The bundle is incomplete: "{{file}}" is missing.',
      extraFile:
        'The bundle holds "{{file}}", which its manifest does not list (added afterwards).',
      hashMismatch: 'The file "{{file}}" was changed after the bundle was signed.',
      badSignature:
        'The signature does not match the manifest: the bundle was changed after it was signed.',
      signerMismatch:
        'The bundle was not signed with the certificate it carries (re-signed with another key, or the certificate was swapped).',
      untrustedSigner:
        'The bundle is signed soundly, but by a certificate that is not known here (fingerprint {{detail}}).',
      schema: 'The file "{{file}}" in the bundle is not in the expected format ({{detail}}).',
      stateMismatch:
        'The meeting state in "{{file}}" does not match the meeting\'s own record of events.',
      privateData:
        'The bundle holds private data that never leaves the community\'s computer ({{detail}} in "{{file}}").',
      pdfSignature: 'The signature of the PDF "{{file}}" is broken ({{detail}}).',
      notEnrolled:
        'The bundle is signed by a certificate that belongs to no enrolled community, so the street office did not take it. Enrol the community first with the code the street office gave you.',
      foreignCommunity:
        "The bundle is signed soundly, but not with the certificate this community enrolled with (another community's bundle, or a re-made one; fingerprint {{detail}}).",
      replayed:
        'The street office already has this bundle (number {{sequence}}); there is no need to send it again.',
      outOfOrder:
        'Bundle number {{sequence}} conflicts with the bundles the street office holds: another bundle already has this number, or it is dated before the bundle before it (the data folder may have been copied, or the bundle re-made).',
      brokenLink:
        'Bundle number {{sequence}} does not link up with the neighbouring bundles the street office holds (the chain is broken): a bundle before or after it may have been changed or re-made.',
    },
    error: {
      unknownMeeting: 'Meeting {{meetingId}} was not found, so no bundle was made.',
      chainDamaged:
        'The record of earlier bundles ({{file}}) is damaged. No bundle is made until it is restored from a backup, so that the chain of bundles stays unbroken.',
    },
    written: 'Bundle written: {{file}} (number {{sequence}} of this community).',
    unchanged:
      'The meeting has not changed since its bundle number {{sequence}}: the same bundle was written again to {{file}}.',
    skipped: 'Not in the bundle: {{file}} ({{reason}}).',
    skippedReason: {
      signInSheet: "a sign-in sheet may show members' phones",
      notSigned: 'not signed by this community',
    },
    valid: 'The bundle is intact and signed.',
    refusedBecause: 'Bundle refused: {{reason}}',
    community: 'Community: {{name}}',
    meeting: 'Meeting: {{meetingId}} ({{title}}), time zone {{timeZone}}',
    sequence: 'Bundle number {{sequence}}; previous bundle: {{previous}}',
    outRequired: 'Say where to write the bundle: --out FILE.zip',
    firstInChain: 'none (the first)',
    signer: 'Signed by: {{subject}}, certificate fingerprint {{fingerprint}}',
    files: 'Files: {{count}}, of which PDFs: {{pdfs}}',
  },
};

export default messages;
