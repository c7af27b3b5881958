import { apiError, type Result } from '../../../shared/api';
import type { SigningService } from '../signing';
import { fromBase64, typed, type AreaHandlers } from './area';
import type { HandlerContext } from './context';

type Channel =
  | 'signing/status'
  | 'signing/create'
  | 'signing/import'
  | 'signing/unlock'
  | 'signing/reissue'
  | 'documents/verify';

/** The signing identity (status, create, import, unlock) and checking a signed PDF. */
export function signingHandlers({ deps }: HandlerContext): AreaHandlers<Channel> {
  const withSigning = <T>(work: (signing: SigningService) => Promise<T>): Promise<Result<T>> => {
    const signing = deps.signing;
    if (!signing) return Promise.resolve({ ok: false, error: apiError('documents.unavailable') });
    return typed(async () => ({ ok: true, value: await work(signing) }));
  };
  return {
    'signing/status': () => withSigning((signing) => signing.status()),
    'signing/create': () => withSigning((signing) => signing.create()),
    'signing/import': ({ base64, password, passphrase }) =>
      withSigning((signing) => signing.importPkcs12(fromBase64(base64), password, passphrase)),
    'signing/unlock': ({ passphrase }) => withSigning((signing) => signing.unlock(passphrase)),
    'signing/reissue': () => withSigning((signing) => signing.reissue()),
    'documents/verify': ({ base64 }) =>
      withSigning((signing) => signing.verify(fromBase64(base64))),
  };
}
