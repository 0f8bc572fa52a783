import { Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataSourceLink } from '../../../ui/DataSourceLink';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const SupplierRelations_supplier = graphql(`
  fragment SupplierRelations_supplier on Supplier {
    id
    systems {
      id
      name
      usageId
    }
    contracts {
      id
      name
      reference
    }
    dataSources {
      id
      name
    }
  }
`);

function Block({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  const headingId = useId();
  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        {children.length ? (
          <List spacing={4} aria-labelledby={headingId}>
            {children}
          </List>
        ) : (
          <Text c="dimmed">{empty}</Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * What the supplier carries: its catalogue systems (linked where the organisation uses them), the
 * organisation's contracts with it and the data sources it runs.
 */
export function SupplierRelations({
  supplier: ref,
}: {
  supplier: FragmentType<typeof SupplierRelations_supplier>;
}) {
  const supplier = getFragmentData(SupplierRelations_supplier, ref);
  const { t } = useTranslation('suppliers');
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Block title={t('relations.systems')} empty={t('relations.noSystems')}>
        {supplier.systems.map((s) => (
          <List.Item key={s.id}>
            {s.usageId ? (
              <Anchor component={Link} to={`/systemer/${s.usageId}`}>
                {s.name}
              </Anchor>
            ) : (
              <>
                {s.name}{' '}
                <Text span c="dimmed" size="sm">
                  ({t('relations.notUsed')})
                </Text>
              </>
            )}
          </List.Item>
        ))}
      </Block>
      <Block title={t('relations.contracts')} empty={t('relations.noContracts')}>
        {supplier.contracts.map((c) => (
          <List.Item key={c.id}>
            <Anchor component={Link} to={`/kontrakter/${c.id}`}>
              {c.name}
            </Anchor>
            {c.reference && (
              <Text span c="dimmed" size="sm">
                {' '}
                ({c.reference})
              </Text>
            )}
          </List.Item>
        ))}
      </Block>
      <Block title={t('relations.dataSources')} empty={t('relations.noDataSources')}>
        {supplier.dataSources.map((d) => (
          <List.Item key={d.id}>
            <DataSourceLink id={d.id}>{d.name}</DataSourceLink>
          </List.Item>
        ))}
      </Block>
    </SimpleGrid>
  );
}
