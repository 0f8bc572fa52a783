import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Stack, Table, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../../gql';
import type { BenefitFilter, BenefitGroupBy } from '../../../gql/graphql';
import { QueryState } from '../../../ui/QueryState';
import { fieldColumns, type ExportScope } from '../../../ui/table/table-export';
import { TableExport } from '../../../ui/table/TableExport';
import { useFormatters } from '../../../ui/useFormatters';
import { GroupBenefitsDocument } from '../graphql/benefits.documents';
import classes from './dashboard.module.css';
import { RagBadge } from './RagBadge';
import { ScrollTable } from '../../../ui/ScrollTable';

const FILTER_FIELD: Record<Exclude<BenefitGroupBy, 'ORGANISATION'>, keyof BenefitFilter> = {
  UNIT: 'unitId',
  STRATEGY: 'strategyId',
  PROJECT: 'projectId',
};

export const GroupBenefits_benefit = graphql(`
  fragment GroupBenefits_benefit on Benefit {
    id
    title
    type
    realisationPercent
    varianceRag
    realisedGainKr
    project {
      id
      name
    }
    verification {
      verified
    }
    description
    direction
    baseline
    target
    unitOfMeasure
    plannedGainKr
    cashable
    startDate
    dueDate
    responsible {
      id
      name
    }
    accountable {
      id
      name
    }
    harvestingUnit {
      id
      name
    }
  }
`);

/** Drill-through: the benefits behind one dashboard row, each linked to its detail page. */
export function GroupBenefits({
  groupBy,
  groupKey,
  label,
}: {
  groupBy: BenefitGroupBy;
  groupKey: string;
  label: string;
}) {
  const { t } = useTranslation('benefits');
  const { formatKr, formatNumber } = useFormatters();
  const headingId = useId();
  const filter = groupBy === 'ORGANISATION' ? {} : { [FILTER_FIELD[groupBy]]: groupKey };
  const { data, loading, error, refetch } = useQuery(GroupBenefitsDocument, { variables: { filter } });
  const items = getFragmentData(GroupBenefits_benefit, data?.benefits.items ?? []);
  type Item = (typeof items)[number];
  const shown: { header: string; value: (b: Item) => string | number | null }[] = [
    { header: t('field.title'), value: (b) => b.title },
    { header: t('field.project'), value: (b) => b.project?.name ?? '' },
    { header: t('field.type'), value: (b) => t(`type.${b.type}`) },
    { header: t('dashboard.realised'), value: (b) => b.realisedGainKr ?? null },
    { header: t('dashboard.realisation'), value: (b) => b.realisationPercent ?? null },
    { header: t('dashboard.rag'), value: (b) => (b.varianceRag ? t(`rag.${b.varianceRag}`) : '') },
  ];
  const rest: typeof shown = [
    {
      header: t('verification.verified'),
      value: (b) => (b.verification?.verified ? t('drill.yes') : t('drill.no')),
    },
    { header: t('editor.description'), value: (b) => b.description },
    { header: t('dashboard.planned'), value: (b) => b.plannedGainKr ?? null },
    { header: t('editor.cashable'), value: (b) => (b.cashable ? t('drill.yes') : t('drill.no')) },
    { header: t('editor.unitOfMeasure'), value: (b) => b.unitOfMeasure },
    { header: t('field.direction'), value: (b) => t(`direction.${b.direction}`) },
    { header: t('field.baseline'), value: (b) => b.baseline ?? null },
    { header: t('field.target'), value: (b) => b.target ?? null },
    { header: t('editor.startDate'), value: (b) => b.startDate ?? '' },
    { header: t('field.dueDate'), value: (b) => b.dueDate ?? '' },
    { header: t('field.responsible'), value: (b) => b.responsible?.name ?? '' },
    { header: t('field.accountable'), value: (b) => b.accountable?.name ?? '' },
    { header: t('field.harvestingUnit'), value: (b) => b.harvestingUnit?.name ?? '' },
  ];
  const exportColumns = (scope: ExportScope) =>
    fieldColumns(items, scope === 'all' ? [...shown, ...rest] : shown);
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" className={classes.section}>
      <Title order={2} id={headingId} size="h3">
        {t('drill.title', { group: label })}
      </Title>
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={items.length === 0}
        loadingLabel={t('drill.loading')}
        emptyText={t('drill.empty')}
      >
        <TableExport name={t('drill.exportName')} columns={exportColumns} />
        <ScrollTable label={t('drill.caption', { group: label })} minWidth={600}>
          <Table striped>
            <Table.Caption>{t('drill.caption', { group: label })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('field.title')}</Table.Th>
                <Table.Th scope="col">{t('field.project')}</Table.Th>
                <Table.Th scope="col">{t('field.type')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.realised')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.realisation')}</Table.Th>
                <Table.Th scope="col">{t('dashboard.rag')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((b) => (
                <Table.Tr key={b.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/gevinster/${b.id}`}>
                      {b.title}
                    </Anchor>{' '}
                    {b.verification?.verified && (
                      <Badge color="#0b6e4f" variant="filled" size="sm">
                        {t('verification.verified')}
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{b.project?.name ?? '–'}</Table.Td>
                  <Table.Td>{t(`type.${b.type}`)}</Table.Td>
                  <Table.Td>{b.realisedGainKr == null ? '–' : formatKr(b.realisedGainKr)}</Table.Td>
                  <Table.Td>
                    {b.realisationPercent == null
                      ? '–'
                      : `${formatNumber(b.realisationPercent, { maximumFractionDigits: 0 })} %`}
                  </Table.Td>
                  <Table.Td>
                    <RagBadge rag={b.varianceRag} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
    </Stack>
  );
}
