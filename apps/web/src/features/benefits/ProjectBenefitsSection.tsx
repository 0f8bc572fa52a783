import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { getFragmentData, graphql } from '../../gql';
import { QueryState } from '../../ui/QueryState';
import { useFormatters } from '../../ui/useFormatters';
import { RagBadge } from './components/RagBadge';
import { BenefitFormModal } from './forms/BenefitFormModal';
import { useCanEditBenefits } from './forms/useCanEditBenefits';
import { ProjectBenefitsDocument } from './graphql/benefit-form.documents';
import { BenefitMapSection } from './map/BenefitMapSection';
import { ScrollTable } from '../../ui/ScrollTable';

export const ProjectBenefitsSection_benefit = graphql(`
  fragment ProjectBenefitsSection_benefit on Benefit {
    id
    title
    type
    realisationPercent
    varianceRag
  }
`);

/**
 * A project's benefits and benefit map, self-contained for the project page: the list with
 * realisation, "Tilføj gevinst" for those who may, and the map (deliverables → purpose).
 */
export function ProjectBenefitsSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation('benefits');
  const headingId = useId();
  const navigate = useNavigate();
  const { formatNumber } = useFormatters();
  const canEdit = useCanEditBenefits(projectId);
  const [adding, setAdding] = useState(false);
  const { data, loading, error, refetch } = useQuery(ProjectBenefitsDocument, { variables: { projectId } });
  const benefits = getFragmentData(ProjectBenefitsSection_benefit, data?.benefits.items ?? []);

  return (
    <Stack gap="xl">
      <section aria-labelledby={headingId}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h3" id={headingId}>
              {t('project.title')}
            </Title>
            {canEdit && <Button onClick={() => setAdding(true)}>{t('project.add')}</Button>}
          </Group>
          <QueryState
            loading={loading && !data}
            error={error}
            onRetry={() => void refetch()}
            loadingLabel={t('project.loading')}
          >
            {benefits.length === 0 ? (
              <Text>{t('project.empty')}</Text>
            ) : (
              <ScrollTable label={t('project.title')} minWidth={480} exportName={t('project.title')}>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('field.title')}</Table.Th>
                      <Table.Th scope="col">{t('field.type')}</Table.Th>
                      <Table.Th scope="col">{t('dashboard.realisation')}</Table.Th>
                      <Table.Th scope="col">{t('dashboard.rag')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {benefits.map((b) => (
                      <Table.Tr key={b.id}>
                        <Table.Td>
                          <Anchor component={Link} to={`/gevinster/${b.id}`}>
                            {b.title}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{t(`type.${b.type}`)}</Table.Td>
                        <Table.Td>
                          {b.realisationPercent == null
                            ? '–'
                            : `${formatNumber(b.realisationPercent, { maximumFractionDigits: 0 })} %`}
                        </Table.Td>
                        <Table.Td>
                          <RagBadge rag={b.varianceRag} size="sm" />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            )}
          </QueryState>
        </Stack>
      </section>
      <BenefitMapSection projectId={projectId} benefits={benefits} canEdit={canEdit} />
      {adding && (
        <BenefitFormModal
          projectId={projectId}
          onClose={() => setAdding(false)}
          onSaved={(id) => void navigate(`/gevinster/${id}`)}
        />
      )}
    </Stack>
  );
}
