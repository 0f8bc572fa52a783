import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../../gql';
import type { LandscapeNodeKind } from '../../../gql/graphql';
import { DataSourceLink } from '../../../ui/DataSourceLink';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useFormatters } from '../../../ui/useFormatters';
import { SectionTable } from '../../../ui/SectionTable';
import { ImpactAnalysisDocument } from '../graphql/landscape.documents';
import { AffectedUsagesTable } from './AffectedUsagesTable';

export const ImpactPanel_impact = graphql(`
  fragment ImpactPanel_impact on ImpactAnalysisView {
    targetId
    certainCount
    possibleCount
    usages {
      usageId
      certainty
      ...AffectedUsagesTable_usage
    }
    dataSources {
      dataSourceId
    }
    units {
      unitId
      unitName
      usageCount
      possibleUsageCount
    }
    contracts {
      contractId
      name
      effectiveEnd
      noticeDate
      usageIds
      possibleUsageIds
    }
    projects {
      projectId
      name
      usageIds
      possibleUsageIds
    }
  }
`);

export interface ImpactPanelProps {
  target: { id: string; kind: LandscapeNodeKind; name: string };
  nameOf(id: string): string;
  /** Reports the affected node ids (null when cleared) so the graph can highlight them. */
  onResult(affected: ImpactHighlight | null): void;
}

/**
 * "What loses data if this is switched off?" — the systems that certainly lose data (the headline
 * count) apart from those that may (reached only through undeclared payloads), then units,
 * contracts and projects.
 */
/** The nodes an impact analysis lights up: those that certainly lose data apart from those that may. */
export interface ImpactHighlight {
  certain: ReadonlySet<string>;
  possible: ReadonlySet<string>;
}

export function ImpactPanel({ target, nameOf, onResult }: ImpactPanelProps) {
  const { t } = useTranslation(['landscape', 'systems']);
  const { formatDate } = useFormatters();
  const describeError = useErrorMessage();
  const [from, setFrom] = useState('');
  const [run, { data, loading, error }] = useLazyQuery(ImpactAnalysisDocument);
  const result = data && getFragmentData(ImpactPanel_impact, data.impactAnalysis);
  const impact = result?.targetId === target.id ? result : null;

  useEffect(() => {
    onResult(
      impact
        ? {
            certain: new Set([
              ...impact.usages.filter((u) => u.certainty === 'CERTAIN').map((u) => u.usageId),
              ...impact.dataSources.map((d) => d.dataSourceId),
            ]),
            possible: new Set(impact.usages.filter((u) => u.certainty === 'POSSIBLE').map((u) => u.usageId)),
          }
        : null,
    );
  }, [impact, onResult]);

  const certain = impact?.usages.filter((u) => u.certainty === 'CERTAIN') ?? [];
  const possible = impact?.usages.filter((u) => u.certainty === 'POSSIBLE') ?? [];
  const certainUnits = impact?.units.filter((u) => u.usageCount > 0).length ?? 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run({ variables: { kind: target.kind, id: target.id, from: from || null } });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="impact-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="impact-title">
          {t('impact.title', { name: target.name })}
        </Title>
        {target.kind === 'DATA_SOURCE' && (
          <DataSourceLink id={target.id}>{t('impact.openDataSource')}</DataSourceLink>
        )}
        <form onSubmit={submit}>
          <Group align="flex-end" gap="sm">
            <TextInput
              type="date"
              label={t('impact.from')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
            />
            <Button type="submit" loading={loading}>
              {t('impact.run')}
            </Button>
          </Group>
        </form>
        {error && (
          <Alert color="red" role="alert">
            {describeError(error)}
          </Alert>
        )}
        {impact && (
          <Stack gap="lg">
            <div role="status">
              <Text fw={600}>
                {t('impact.summary', {
                  count: impact.certainCount,
                  units: t('impact.units', { count: certainUnits }),
                })}
              </Text>
              {impact.possibleCount > 0 && (
                <Text size="sm">{t('impact.possibleSummary', { count: impact.possibleCount })}</Text>
              )}
            </div>
            <AffectedUsagesTable group="CERTAIN" usages={certain} nameOf={nameOf} />
            {possible.length > 0 && (
              <AffectedUsagesTable group="POSSIBLE" usages={possible} nameOf={nameOf} />
            )}
            <SectionTable
              id="impact-units"
              title={t('impact.units')}
              empty={t('impact.none')}
              headers={[
                t('systems:columns.responsibleUnit'),
                t('impact.usageCount'),
                t('impact.possibleCount'),
              ]}
              rows={impact.units.map((u) => ({
                key: u.unitId ?? 'none',
                cells: [u.unitName ?? t('impact.noUnit'), String(u.usageCount), String(u.possibleUsageCount)],
              }))}
            />
            <SectionTable
              id="impact-contracts"
              title={t('impact.contracts')}
              empty={t('impact.none')}
              headers={[
                t('systems:detail.contract'),
                t('systems:detail.effectiveEnd'),
                t('systems:detail.noticeDate'),
                t('impact.covers'),
                t('impact.possiblyCovers'),
              ]}
              rows={impact.contracts.map((c) => ({
                key: c.contractId,
                cells: [
                  c.name,
                  formatDate(c.effectiveEnd),
                  formatDate(c.noticeDate),
                  c.usageIds.map(nameOf).join(', '),
                  c.possibleUsageIds.map(nameOf).join(', '),
                ],
              }))}
            />
            <SectionTable
              id="impact-projects"
              title={t('impact.projects')}
              empty={t('impact.none')}
              headers={[t('systems:detail.project'), t('impact.touches'), t('impact.possiblyCovers')]}
              rows={impact.projects.map((p) => ({
                key: p.projectId,
                cells: [p.name, p.usageIds.map(nameOf).join(', '), p.possibleUsageIds.map(nameOf).join(', ')],
              }))}
            />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
