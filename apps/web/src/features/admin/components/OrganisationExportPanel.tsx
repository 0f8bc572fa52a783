import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { organisationExportUrl } from '../organisation-transfer';

/**
 * The organisation's administrators download all of its data as one JSON document (ADR 0035),
 * in the documented format an installation administrator can restore, or as one XLSX workbook
 * for reading in a spreadsheet (ADR 0043).
 */
export function OrganisationExportPanel({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const { t } = useTranslation('admin');
  const titleId = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId} maw={760}>
      <Title order={2} size="h4" id={titleId}>
        {t('export.title', { name: organisationName })}
      </Title>
      <Text size="sm">{t('export.intro')}</Text>
      <List size="sm">
        <List.Item>{t('export.holds')}</List.Item>
        <List.Item>{t('export.leavesOut')}</List.Item>
      </List>
      <Text size="sm">{t('export.format')}</Text>
      <Text size="sm">{t('export.workbook')}</Text>
      <Group gap="sm">
        <Button component="a" href={organisationExportUrl(organisationId)} download>
          {t('export.download')}
        </Button>
        <Button component="a" variant="default" href={organisationExportUrl(organisationId, 'xlsx')} download>
          {t('export.downloadWorkbook')}
        </Button>
      </Group>
    </Stack>
  );
}
