import { Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { MaturityCriterionStatus } from '../../../gql/graphql';
import { ScrollTable } from '../../../ui/ScrollTable';
import { useFormatters } from '../../../ui/useFormatters';

export const MaturitySteps_step = graphql(`
  fragment MaturitySteps_step on MaturityStepResult {
    ordinal
    name
    met
    achieved
    criteria {
      key
      name
      metric
      status
      value
      threshold
      met
      gap
    }
  }
`);

/** What `useCriterionValue` reads: a step's criterion or a criterion missing for the next step. */
export interface Criterion {
  status: MaturityCriterionStatus;
  value: number;
  threshold: number;
}

/** A criterion's value against its threshold: shares as percent, self-assessments as yes/no. */
export function useCriterionValue() {
  const { t } = useTranslation('maturity');
  const { formatNumber } = useFormatters();
  const percent = (v: number) => formatNumber(v, { style: 'percent', maximumFractionDigits: 0 });
  return {
    value: (c: Pick<Criterion, 'status' | 'value'>) =>
      c.status === 'SELF_ASSESSED'
        ? t(c.value >= 1 ? 'yes' : 'no')
        : c.status === 'NO_DATA'
          ? t('noData')
          : percent(c.value),
    threshold: (c: Pick<Criterion, 'status' | 'threshold'>) =>
      c.status === 'SELF_ASSESSED' ? t('yes') : percent(c.threshold),
  };
}

function StepStatus({ step }: { step: { met: boolean; achieved: boolean } }) {
  const { t } = useTranslation('maturity');
  if (step.achieved)
    return (
      <Badge color="#1b6e33" variant="filled">
        {t('step.achieved')}
      </Badge>
    );
  if (step.met)
    return (
      <Badge color="#ffd43b" variant="filled" autoContrast>
        {t('step.metNotCounted')}
      </Badge>
    );
  return (
    <Badge color="gray.8" variant="filled">
      {t('step.notMet')}
    </Badge>
  );
}

/** The four steps with their criteria, each measured value against its threshold. */
export function MaturitySteps({
  steps: refs,
}: {
  steps: readonly FragmentType<typeof MaturitySteps_step>[];
}) {
  const steps = getFragmentData(MaturitySteps_step, refs);
  const { t } = useTranslation('maturity');
  const format = useCriterionValue();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {steps.map((step) => (
        <Paper
          key={step.ordinal}
          withBorder
          p="md"
          component="section"
          aria-labelledby={`maturity-step-${step.ordinal}`}
        >
          <Stack gap="sm">
            <Title order={2} size="h4" id={`maturity-step-${step.ordinal}`}>
              {t('step.heading', { ordinal: step.ordinal, name: step.name })}
            </Title>
            <div>
              <StepStatus step={step} />
            </div>
            {step.met && !step.achieved && <Text size="sm">{t('step.metNotCountedText')}</Text>}
            <ScrollTable
              label={t('step.caption', { ordinal: step.ordinal })}
              minWidth={360}
              exportName={t('step.caption', { ordinal: step.ordinal })}
            >
              <Table>
                <Table.Caption>{t('step.caption', { ordinal: step.ordinal })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('criterion.name')}</Table.Th>
                    <Table.Th scope="col">{t('criterion.value')}</Table.Th>
                    <Table.Th scope="col">{t('criterion.threshold')}</Table.Th>
                    <Table.Th scope="col">{t('criterion.met')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {step.criteria.map((c) => (
                    <Table.Tr key={c.key}>
                      <Table.Th scope="row">{c.name}</Table.Th>
                      <Table.Td>{format.value(c)}</Table.Td>
                      <Table.Td>{format.threshold(c)}</Table.Td>
                      <Table.Td>{t(c.met ? 'yes' : 'no')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
