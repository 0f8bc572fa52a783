import { Anchor, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { RagBadge } from '../../../ui/RagBadge';
import { useFormatters } from '../../../ui/useFormatters';

export const ProgrammeRollup_programme = graphql(`
  fragment ProgrammeRollup_programme on Programme {
    id
    rollup {
      projectCount
      status {
        worst
        running
        green
        amber
        red
        missing
      }
      spend {
        budget
        spent
        spentPercent
        overspentProjectIds
      }
      risks {
        projectId
        projectName
        reportDate
        rag
        risks
      }
      benefits {
        benefitCount
        targetKr
        plannedKr
        realisedKr
        realisationPercent
        rag
        qualitativeCount
      }
    }
  }
`);

function Figure({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </div>
  );
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** What the programme's projects add up to: status, spend against budget, benefits and risks. */
export function ProgrammeRollup({
  programme: ref,
}: {
  programme: FragmentType<typeof ProgrammeRollup_programme>;
}) {
  const { rollup } = getFragmentData(ProgrammeRollup_programme, ref);
  const { t } = useTranslation('portfolio');
  const { formatKr, formatNumber, formatDate } = useFormatters();
  const percent = (value: number | null) => (value === null ? '–' : `${formatNumber(Math.round(value))} %`);
  const { status, spend, benefits, risks } = rollup;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Panel title={t('programmes.rollup.status')}>
          <Figure label={t('programmes.rollup.worst')}>
            {status.worst ? <RagBadge rag={status.worst} /> : t('programmes.rollup.noReports')}
          </Figure>
          <Text size="sm">
            {t('programmes.rollup.statusCounts', {
              running: status.running,
              green: status.green,
              amber: status.amber,
              red: status.red,
            })}
          </Text>
          {status.missing > 0 && (
            <Text size="sm" c="red.8">
              {t('programmes.rollup.missing', { count: status.missing })}
            </Text>
          )}
        </Panel>
        <Panel title={t('programmes.rollup.spend')}>
          <Group gap="xl">
            <Figure label={t('programmes.rollup.spent')}>{formatKr(spend.spent)}</Figure>
            <Figure label={t('programmes.rollup.budget')}>{formatKr(spend.budget)}</Figure>
            <Figure label={t('programmes.rollup.spentPercent')}>{percent(spend.spentPercent)}</Figure>
          </Group>
          {spend.overspentProjectIds.length > 0 && (
            <Text size="sm" c="red.8">
              {t('programmes.rollup.overspent', { count: spend.overspentProjectIds.length })}
            </Text>
          )}
        </Panel>
        <Panel title={t('programmes.rollup.benefits')}>
          <Group gap="xl">
            <Figure label={t('programmes.rollup.expected')}>{formatKr(benefits.targetKr)}</Figure>
            <Figure label={t('programmes.rollup.realised')}>{formatKr(benefits.realisedKr)}</Figure>
            <Figure label={t('programmes.rollup.realisedPercent')}>
              {percent(benefits.realisationPercent)}
            </Figure>
          </Group>
          <Text size="sm" c="dimmed">
            {t('programmes.rollup.benefitCounts', {
              count: benefits.benefitCount,
              planned: formatKr(benefits.plannedKr),
              qualitative: benefits.qualitativeCount,
            })}
          </Text>
        </Panel>
      </SimpleGrid>
      <Panel title={t('programmes.rollup.risks')}>
        {risks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('programmes.rollup.noRisks')}
          </Text>
        ) : (
          <List spacing="sm" listStyleType="none" ml={0} pl={0}>
            {risks.map((r) => (
              <List.Item key={r.projectId}>
                <Group gap="xs" wrap="wrap">
                  <RagBadge rag={r.rag} />
                  <Anchor component={Link} to={`/portefolje/projekter/${r.projectId}`}>
                    {r.projectName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {formatDate(r.reportDate)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {r.risks}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
      </Panel>
    </Stack>
  );
}
