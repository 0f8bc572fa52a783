import { useLazyQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LandscapeNodeKind } from '../../../gql/graphql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useFormatters } from '../../../ui/useFormatters';
import { SectionTable } from '../../../ui/SectionTable';
import { ImpactAnalysisDocument } from '../graphql/landscape.documents';

export interface ImpactPanelProps {
  target: { id: string; kind: LandscapeNodeKind; name: string };
  nameOf(id: string): string;
  /** Reports the affected node ids (null when cleared) so the graph can highlight them. */
  onResult(affected: Set<string> | null): void;
}

/** "What loses data if this is switched off?" — the affected systems, units, contracts and projects. */
export function ImpactPanel({ target, nameOf, onResult }: ImpactPanelProps) {
  const { t } = useTranslation(['landscape', 'systems']);
  const { formatDate } = useFormatters();
  const describeError = useErrorMessage();
  const [from, setFrom] = useState('');
  const [run, { data, loading, error }] = useLazyQuery(ImpactAnalysisDocument);
  const impact = data?.impactAnalysis.targetId === target.id ? data.impactAnalysis : null;

  useEffect(() => {
    onResult(
      impact
        ? new Set([...impact.usages.map((u) => u.usageId), ...impact.dataSources.map((d) => d.dataSourceId)])
        : null,
    );
  }, [impact, onResult]);

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
            <Text role="status" fw={600}>
              {t('impact.summary', { count: impact.usages.length, units: impact.units.length })}
            </Text>
            <SectionTable
              id="impact-usages"
              title={t('impact.usages')}
              empty={t('impact.none')}
              headers={[t('systems:columns.name'), t('impact.depth'), t('impact.via'), t('impact.path')]}
              rows={impact.usages.map((u) => ({
                key: u.usageId,
                cells: [
                  <Anchor key="a" component={Link} to={`/systemer/${u.usageId}`}>
                    {u.name}
                  </Anchor>,
                  u.depth === 1 ? t('impact.direct') : t('impact.indirect', { depth: u.depth }),
                  t(`impact.viaValue.${u.via}`),
                  u.path.map(nameOf).join(' → '),
                ],
              }))}
            />
            <SectionTable
              id="impact-units"
              title={t('impact.units')}
              empty={t('impact.none')}
              headers={[t('systems:columns.responsibleUnit'), t('impact.usageCount')]}
              rows={impact.units.map((u) => ({
                key: u.unitId ?? 'none',
                cells: [u.unitName ?? t('impact.noUnit'), String(u.usageCount)],
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
              ]}
              rows={impact.contracts.map((c) => ({
                key: c.contractId,
                cells: [
                  c.name,
                  formatDate(c.effectiveEnd),
                  formatDate(c.noticeDate),
                  c.usageIds.map(nameOf).join(', '),
                ],
              }))}
            />
            <SectionTable
              id="impact-projects"
              title={t('impact.projects')}
              empty={t('impact.none')}
              headers={[t('systems:detail.project'), t('impact.touches')]}
              rows={impact.projects.map((p) => ({
                key: p.projectId,
                cells: [p.name, p.usageIds.map(nameOf).join(', ')],
              }))}
            />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
