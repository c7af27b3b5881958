// How much the hub reads from one request. A JSON body (a login, a comment) is small; a bundle
// carries a meeting's signed PDFs. Both are refused past the limit before being read whole.

/** JSON request bodies: logins, comments, enrolment (a certificate PEM is a few kB). */
export const JSON_LIMIT = 1024 * 1024;

/** One meeting's bundle (application/zip): seeds/BUNDLE.md's bundles are well under this. */
export const BUNDLE_LIMIT = 64 * 1024 * 1024;
