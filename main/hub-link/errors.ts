import type { ProblemParams } from '../../shared/errors';
import type { HubLinkErrorCode } from '../../shared/api/hub-link';

/**
 * A hub link failure the chair must read in words: one of the `followup:hubLink.*` codes with
 * its parameters. Thrown inside main/hub-link and answered as a typed error by the handlers.
 */
export class HubLinkError extends Error {
  constructor(
    readonly code: HubLinkErrorCode,
    readonly params: ProblemParams = {},
  ) {
    super(`hubLink: ${code}`);
    this.name = 'HubLinkError';
  }
}
