import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS = { NOT_STARTED: 'gray', ACTIVE: 'green', EXPIRED: 'red', TERMINATED: 'orange' } as const;

export function ValidityBadge({ validity }: { validity: string }) {
  const { t } = useTranslation('contracts');
  const key = validity as keyof typeof COLOURS;
  return (
    <Badge color={COLOURS[key] ?? 'gray'} variant="light">
      {t(`validity.${key}`)}
    </Badge>
  );
}
