import { EmptyState, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** An area that is still being built: what it will hold, and an empty state. */
export function ComingSoon({ description }: { description: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <Text maw={760}>{description}</Text>
      <EmptyState title={t('comingSoonTitle')} description={t('comingSoonText')} withIndicatorBackground />
    </Stack>
  );
}
