import type { TFunction } from 'i18next';
import type { ApiError } from '../collab/api';

/** A host error in the user's language; the host's own message is kept only for the generic case. */
export function describeApiError(t: TFunction, e: ApiError): string {
  switch (e.code) {
    case 'network':
      return t('error.network');
    case 'unauthorized':
      return t('error.unauthorized');
    case 'forbidden':
      return t('error.forbidden');
    case 'not_found':
      return t('error.notFound');
    case 'rate_limited':
      return t('error.rateLimited');
    default:
      return t('error.generic', { message: e.message });
  }
}
