import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Stack, Table, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { RelatedProjectsDocument } from '../graphql/prioritisation.documents';
import { ScrollTable } from '../../../ui/ScrollTable';

export const RelatedProjects_related = graphql(`
  fragment RelatedProjects_related on RelatedProject {
    project {
      id
      name
      status
    }
    sharedSystems {
      usageId
      name
    }
    sharedCapabilities
  }
`);

/** Other open projects touching the same systems or capabilities. Self-contained. */
export function RelatedProjects({ projectId }: { projectId: string }) {
  const { t } = useTranslation('portfolio');
  const titleId = useId();
  const { data, loading, error, refetch } = useQuery(RelatedProjectsDocument, {
    variables: { id: projectId },
  });
  const rows = getFragmentData(RelatedProjects_related, data?.project.relatedProjects ?? []);
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={titleId}>
          {t('synergy.related.title')}
        </Title>
        <QueryState
          loading={loading && !data}
          error={error}
          onRetry={() => void refetch()}
          empty={!!data && rows.length === 0}
          loadingLabel={t('synergy.related.loading')}
          emptyText={t('synergy.related.empty')}
        >
          <ScrollTable
            label={t('synergy.related.caption')}
            minWidth={520}
            exportName={t('synergy.related.caption')}
          >
            <Table>
              <Table.Caption>{t('synergy.related.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('synergy.related.project')}</Table.Th>
                  <Table.Th scope="col">{t('synergy.related.status')}</Table.Th>
                  <Table.Th scope="col">{t('synergy.related.systems')}</Table.Th>
                  <Table.Th scope="col">{t('synergy.related.capabilities')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.project.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/portefolje/projekter/${r.project.id}`}>
                        {r.project.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{t(`status.${r.project.status}`)}</Table.Td>
                    <Table.Td>{r.sharedSystems.map((s) => s.name).join(', ') || '–'}</Table.Td>
                    <Table.Td>{r.sharedCapabilities.join(', ') || '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </QueryState>
        <Anchor component={Link} to="/portefolje/synergi" size="sm">
          {t('synergy.related.open')}
        </Anchor>
      </Stack>
    </Card>
  );
}
