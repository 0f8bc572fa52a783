import { Anchor, Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { usePayloadText } from '../../../ui/PayloadFields';

export const InterfaceFacts_entry = graphql(`
  fragment InterfaceFacts_entry on Interface {
    id
    version
    providerSystemName
    providerUsageId
    protocol
    dataDescription
    dataTypes
    registerFamilies
    visibility
    ownerOrganisationId
  }
`);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** Who provides the interface, how, what data it carries and who may see it. */
export function InterfaceFacts({ entry: ref }: { entry: FragmentType<typeof InterfaceFacts_entry> }) {
  const entry = getFragmentData(InterfaceFacts_entry, ref);
  const { t } = useTranslation(['interfaces', 'common']);
  const payloadText = usePayloadText();
  const none = t('none');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('facts')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
        <Fact label={t('columns.provider')}>
          {entry.providerUsageId && entry.providerSystemName ? (
            <Anchor component={Link} to={`/systemer/${entry.providerUsageId}`}>
              {entry.providerSystemName}
            </Anchor>
          ) : (
            (entry.providerSystemName ?? none)
          )}
        </Fact>
        <Fact label={t('columns.protocol')}>{entry.protocol ?? none}</Fact>
        <Fact label={t('columns.data')}>{entry.dataDescription || none}</Fact>
        <Fact label={t('common:payload.dataTypes')}>
          {payloadText(entry) || t('common:payload.undeclared')}
        </Fact>
        <Fact label={t('columns.visibility')}>
          {t(`visibility.${entry.visibility}`)}
          {!entry.ownerOrganisationId && ` – ${t('national')}`}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}
