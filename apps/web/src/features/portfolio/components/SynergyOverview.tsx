import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { OverlapKind } from '../../../gql/graphql';
import { QueryState } from '../../../ui/QueryState';
import { ProjectOverlapsDocument } from '../graphql/prioritisation.documents';
import { ScrollTable } from '../../../ui/ScrollTable';

export const SynergyOverview_overlap = graphql(`
  fragment SynergyOverview_overlap on ProjectOverlap {
    key
    name
    projects {
      id
      name
      status
    }
  }
`);

function OverlapTable({
  kind,
  rows: refs,
}: {
  kind: OverlapKind;
  rows: readonly FragmentType<typeof SynergyOverview_overlap>[];
}) {
  const rows = getFragmentData(SynergyOverview_overlap, refs);
  const { t } = useTranslation('portfolio');
  const titleId = useId();
  if (!rows.length) return null;
  const system = kind === 'SYSTEM';
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId}>
        {t(system ? 'synergy.systems' : 'synergy.capabilities')}
      </Title>
      <ScrollTable
        label={t(system ? 'synergy.systemsCaption' : 'synergy.capabilitiesCaption')}
        minWidth={560}
        exportName={t(system ? 'synergy.systemsCaption' : 'synergy.capabilitiesCaption')}
      >
        <Table striped>
          <Table.Caption>
            {t(system ? 'synergy.systemsCaption' : 'synergy.capabilitiesCaption')}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(system ? 'synergy.system' : 'synergy.capability')}</Table.Th>
              <Table.Th scope="col">{t('synergy.count')}</Table.Th>
              <Table.Th scope="col">{t('synergy.projects')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((o) => (
              <Table.Tr key={o.key} data-testid="overlap-row">
                <Table.Th scope="row">
                  {system ? (
                    <Anchor component={Link} to={`/systemer/${o.key}`}>
                      {o.name}
                    </Anchor>
                  ) : (
                    o.name
                  )}
                </Table.Th>
                <Table.Td>{o.projects.length}</Table.Td>
                <Table.Td>
                  <Group gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {o.projects.map((p) => (
                      <li key={p.id}>
                        <Anchor component={Link} to={`/portefolje/projekter/${p.id}`}>
                          {p.name}
                        </Anchor>{' '}
                        <Text span size="xs" c="dimmed">
                          ({t(`status.${p.status}`)})
                        </Text>
                      </li>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}

/** Systems and capabilities several open projects touch, each with links to those projects. */
export function SynergyOverview() {
  const { t } = useTranslation('portfolio');
  const { data, loading, error, refetch } = useQuery(ProjectOverlapsDocument);
  const overlaps = data?.projectOverlaps ?? [];
  return (
    <QueryState
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={!!data && overlaps.length === 0}
      loadingLabel={t('synergy.loading')}
      emptyText={t('synergy.empty')}
    >
      <Stack gap="xl">
        <OverlapTable kind="SYSTEM" rows={overlaps.filter((o) => o.kind === 'SYSTEM')} />
        <OverlapTable kind="CAPABILITY" rows={overlaps.filter((o) => o.kind === 'CAPABILITY')} />
      </Stack>
    </QueryState>
  );
}
