import { Alert, Button, EmptyState, Group, Loader, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './useErrorMessage';

export interface QueryStateProps {
  /** Loading and nothing to show yet. */
  loading: boolean;
  error?: unknown;
  /** Loaded, but there is nothing to show. */
  empty?: boolean;
  /** Announced while loading, e.g. "Henter systemer". */
  loadingLabel: string;
  emptyTitle?: ReactNode;
  emptyText?: ReactNode;
  onRetry?: () => void;
  children: ReactNode;
}

/** The loading, error and empty states every list or page shows the same way. */
export function QueryState({
  loading,
  error,
  empty,
  loadingLabel,
  emptyTitle,
  emptyText,
  onRetry,
  children,
}: QueryStateProps) {
  const { t } = useTranslation('errors');
  const describeError = useErrorMessage();

  if (error) {
    return (
      <Alert color="red" title={t('alertTitle')} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{describeError(error)}</Text>
          {onRetry && (
            <Button variant="outline" color="red" size="xs" onClick={onRetry}>
              {t('reload')}
            </Button>
          )}
        </Stack>
      </Alert>
    );
  }
  if (loading) {
    return (
      <Stack gap="sm" role="status" aria-label={loadingLabel}>
        <Group gap="sm">
          <Loader size="sm" aria-hidden />
          <Text size="sm">{loadingLabel}</Text>
        </Group>
        <Skeleton height={28} aria-hidden />
        <Skeleton height={28} aria-hidden />
        <Skeleton height={28} aria-hidden />
      </Stack>
    );
  }
  if (empty)
    return <EmptyState title={emptyTitle ?? emptyText} description={emptyTitle ? emptyText : undefined} />;
  return children;
}
