import type { ResponseOf } from '../../../shared/api';

/** The signing identity as main reports it (shared/api/contract.ts). */
export type IdentityStatus = ResponseOf<'signing/status'>;
