import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage, isNetworkError } from './error-message';

/** Describes an error for the user: the API's localised message, else a network or generic text. */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('errors');
  return useCallback(
    (error: unknown) => apiErrorMessage(error) ?? (isNetworkError(error) ? t('network') : t('unexpected')),
    [t],
  );
}
