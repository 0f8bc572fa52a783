import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import { RagBadge } from '../../../ui/RagBadge';

export const ProjectFacts_project = graphql(`
  fragment ProjectFacts_project on Project {
    id
    version
    phase
    status
    budget
    benefitCount
    owner {
      id
      name
    }
    lead {
      id
      name
    }
    unit {
      id
      name
    }
    strategies {
      id
      name
    }
    programme {
      id
      name
    }
    systems {
      usageId
      name
    }
    latestStatus {
      missing
      report {
        id
        periodEnd
        overall
        progressPercent
        spent
        budget
      }
    }
  }
`);

/** Owner, lead, unit, strategies, systems and latest status of one project. */
export function ProjectFacts({
  project: ref,
  phaseNames,
}: {
  project: FragmentType<typeof ProjectFacts_project>;
  phaseNames: ReadonlyMap<string, string>;
}) {
  const project = getFragmentData(ProjectFacts_project, ref);
  const { t } = useTranslation('portfolio');
  const { formatKr, formatDate } = useFormatters();
  const report = project.latestStatus.report;
  const fact = (label: string, value: string) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text>{value}</Text>
    </div>
  );
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {fact(t('detail.phase'), phaseNames.get(project.phase) ?? project.phase)}
        {fact(t('overview.status'), t(`status.${project.status}`))}
        {fact(t('detail.owner'), project.owner?.name ?? '–')}
        {fact(t('overview.lead'), project.lead?.name ?? '–')}
        {fact(t('overview.unit'), project.unit?.name ?? '–')}
        {fact(t('detail.budget'), formatKr(project.budget))}
        {fact(t('detail.strategies'), project.strategies.map((s) => s.name).join(', ') || '–')}
        {fact(t('detail.systems'), project.systems.map((s) => s.name).join(', ') || '–')}
        {fact(t('detail.benefits'), String(project.benefitCount))}
        <div>
          <Text size="xs" c="dimmed">
            {t('form.programme')}
          </Text>
          {project.programme ? (
            <Anchor component={Link} to={`/portefolje/programmer/${project.programme.id}`}>
              {project.programme.name}
            </Anchor>
          ) : (
            <Text>–</Text>
          )}
        </div>
      </SimpleGrid>
      <Card withBorder component="section" aria-labelledby="status-title">
        <Title order={2} size="h3" id="status-title" mb="xs">
          {t('detail.latestStatus')}
        </Title>
        {report ? (
          <Group>
            <RagBadge rag={report.overall} />
            <Text size="sm">
              {t('detail.reportLine', {
                date: formatDate(report.periodEnd),
                progress: report.progressPercent,
                spent: formatKr(report.spent),
                budget: formatKr(report.budget),
              })}
            </Text>
          </Group>
        ) : null}
        {project.latestStatus.missing && (
          <Badge color="red" variant="light" mt="xs" autoContrast>
            {t('overview.missingReport')}
          </Badge>
        )}
      </Card>
    </Stack>
  );
}
