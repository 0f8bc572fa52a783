import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TEMPLATE_KINDS, templateUrl } from '../import-templates';

/**
 * Downloads of Overblik's import templates, one per kind, with headers in the viewer's language:
 * filled in and uploaded above, they go through the same dry run and apply as a KITOS file.
 */
export function ImportTemplateLinks() {
  const { t, i18n } = useTranslation('import');
  return (
    <Stack gap="xs" component="section" aria-labelledby="import-templates-title">
      <Title order={3} id="import-templates-title">
        {t('templates.title')}
      </Title>
      <Text size="sm" maw={760}>
        {t('templates.intro')}
      </Text>
      {TEMPLATE_KINDS.map((kind) => (
        <Group key={kind} gap="md">
          <Text size="sm" fw={500}>
            {t(`kinds.${kind}`)}
          </Text>
          <Anchor size="sm" href={templateUrl(kind, i18n.language, 'xlsx')} download>
            {t('templates.xlsx', { kind: t(`kinds.${kind}`) })}
          </Anchor>
          <Anchor size="sm" href={templateUrl(kind, i18n.language, 'csv')} download>
            {t('templates.csv', { kind: t(`kinds.${kind}`) })}
          </Anchor>
        </Group>
      ))}
    </Stack>
  );
}
