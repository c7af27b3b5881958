// Why a document cannot be built from what was asked: the caller named an item or vote the
// meeting does not have, or gave a malformed date. The builders are pure and cannot print, so
// they throw this typed error; the CLI and the backend put it into words with `documents:export.*`.

/** Codes of DocumentInputError; each maps to the catalogue key 'documents:export.<code>'. */
export type DocumentInputCode =
  | 'noMeeting'
  | 'unknownItem'
  | 'unknownVote'
  | 'noVote'
  | 'needTarget'
  | 'badDate'
  // Guard rails on what a notice may make public (notice-checks.ts).
  | 'voteOpen'
  | 'voteVoided'
  | 'postedBeforeMeeting'
  | 'proposalNotBefore'
  | 'proposalPastMeeting'
  | 'supersededByRevote'
  | 'noPassedVote'
  | 'noActions'
  | 'actionsNotDone'
  // Personal slips: the room is off, so there are no personal join URLs to print.
  | 'noSlips';

/** A request the meeting cannot satisfy; `params` fill the message's placeholders. */
export class DocumentInputError extends Error {
  readonly code: DocumentInputCode;
  readonly params: Readonly<Record<string, string>>;

  constructor(code: DocumentInputCode, params: Readonly<Record<string, string>>) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DocumentInputError';
    this.code = code;
    this.params = params;
  }

  /** The catalogue key of this error's message. */
  get key(): string {
    return `documents:export.${this.code}`;
  }
}
