import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageHeaderProps {
  /** The page's `<h1>`; also sets the document title. */
  title: string;
  description?: ReactNode;
  /** Buttons or other actions shown beside the title. */
  actions?: ReactNode;
}

export function PageHeader({ title, description, actions }: PageHeaderProps) {
  const { t } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = `${title} – ${appName}`;
  }, [title, appName]);

  return (
    <Stack gap="xs" mb="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Title order={1}>{title}</Title>
        {actions}
      </Group>
      {description && (
        <Text c="dimmed" maw={760}>
          {description}
        </Text>
      )}
    </Stack>
  );
}
