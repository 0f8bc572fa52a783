import { Alert, Badge, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import { RagBadge } from './RagBadge';

export const BenefitFacts_benefit = graphql(`
  fragment BenefitFacts_benefit on Benefit {
    id
    version
    description
    type
    cashable
    baseline
    target
    unitOfMeasure
    direction
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
    project {
      id
      name
    }
    realisationPercent
    varianceRag
    realisedGainKr
    verification {
      verified
      realisedOn
      amount
      reason
    }
  }
`);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

/** A benefit's facts, its realisation and, when tied to a landscape event, its verification. */
export function BenefitFacts({ benefit: ref }: { benefit: FragmentType<typeof BenefitFacts_benefit> }) {
  const benefit = getFragmentData(BenefitFacts_benefit, ref);
  const { t } = useTranslation('benefits');
  const { formatDate, formatNumber, formatKr } = useFormatters();
  const { verification } = benefit;
  const amount = (v: number | null | undefined) =>
    v == null ? '–' : `${formatNumber(v)} ${benefit.unitOfMeasure}`;
  return (
    <Stack gap="md">
      {verification && (
        <Alert color={verification.verified ? 'teal' : 'gray'} title={t('verification.title')}>
          {verification.verified ? (
            <Badge color="#0b6e4f" variant="filled" mr="xs">
              {t('verification.verified')}
            </Badge>
          ) : null}
          {verification.verified
            ? t('verification.verifiedText', {
                amount: formatKr(verification.amount),
                date: formatDate(verification.realisedOn),
              })
            : t(`verification.reason.${verification.reason}`)}
        </Alert>
      )}
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 4 }} spacing="md" m={0}>
        <Fact label={t('field.type')}>
          {t(`type.${benefit.type}`)} ·{' '}
          {benefit.cashable ? t('dashboard.cashable') : t('dashboard.nonCashable')}
        </Fact>
        <Fact label={t('field.project')}>{benefit.project?.name ?? '–'}</Fact>
        <Fact label={t('field.responsible')}>{benefit.responsible?.name ?? t('field.noOwner')}</Fact>
        <Fact label={t('field.accountable')}>{benefit.accountable?.name ?? '–'}</Fact>
        <Fact label={t('field.harvestingUnit')}>{benefit.harvestingUnit?.name ?? '–'}</Fact>
        <Fact label={t('field.baseline')}>{amount(benefit.baseline)}</Fact>
        <Fact label={t('field.target')}>{amount(benefit.target)}</Fact>
        <Fact label={t('field.direction')}>{t(`direction.${benefit.direction}`)}</Fact>
        <Fact label={t('field.dueDate')}>{benefit.dueDate ? formatDate(benefit.dueDate) : '–'}</Fact>
        <Fact label={t('dashboard.realisation')}>
          <span data-testid="benefit-realisation">
            {benefit.realisationPercent == null
              ? '–'
              : `${formatNumber(benefit.realisationPercent, { maximumFractionDigits: 0 })} %`}
          </span>
        </Fact>
        <Fact label={t('dashboard.realised')}>
          {benefit.realisedGainKr == null ? '–' : formatKr(benefit.realisedGainKr)}
        </Fact>
        <Fact label={t('dashboard.rag')}>
          <RagBadge rag={benefit.varianceRag} />
        </Fact>
      </SimpleGrid>
      {benefit.description && <Text maw={760}>{benefit.description}</Text>}
    </Stack>
  );
}
