import { Anchor, List, Paper, SimpleGrid, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const ContractCoverage_contract = graphql(`
  fragment ContractCoverage_contract on Contract {
    id
    version
    coveredUsages {
      id
      name
    }
    integrations {
      id
      data
      direction
      fromUsageId
      fromUsageName
      toUsageId
      toUsageName
    }
  }
`);

/** The systems and integrations the contract covers; an integration by its source and target systems. */
export function ContractCoverage({
  contract: ref,
}: {
  contract: FragmentType<typeof ContractCoverage_contract>;
}) {
  const contract = getFragmentData(ContractCoverage_contract, ref);
  const { t } = useTranslation('contracts');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="contract-covered">
        <Title order={2} size="h4" id="contract-covered" mb="sm">
          {t('detail.covered')}
        </Title>
        {contract.coveredUsages.length === 0 ? (
          <Text size="sm">{t('detail.noCovered')}</Text>
        ) : (
          <List size="sm">
            {contract.coveredUsages.map((u) => (
              <List.Item key={u.id}>
                <Anchor component={Link} to={`/systemer/${u.id}`}>
                  {u.name}
                </Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="contract-integrations">
        <Title order={2} size="h4" id="contract-integrations" mb="sm">
          {t('detail.integrations')}
        </Title>
        {contract.integrations.length === 0 ? (
          <Text size="sm">{t('detail.noIntegrations')}</Text>
        ) : (
          <List size="sm">
            {contract.integrations.map((i) => (
              <List.Item key={i.id} data-testid="contract-integration">
                <Anchor component={Link} to={`/systemer/${i.fromUsageId}`}>
                  {i.fromUsageName}
                </Anchor>
                <span aria-hidden="true">{i.direction === 'BIDIRECTIONAL' ? ' ↔ ' : ' → '}</span>
                <VisuallyHidden>
                  {i.direction === 'BIDIRECTIONAL' ? t('detail.integrationBoth') : t('detail.integrationTo')}
                </VisuallyHidden>
                <Anchor component={Link} to={`/systemer/${i.toUsageId}`}>
                  {i.toUsageName}
                </Anchor>
                {i.data && <Text span c="dimmed" size="sm">{` – ${i.data}`}</Text>}
              </List.Item>
            ))}
          </List>
        )}
      </Paper>
    </SimpleGrid>
  );
}
