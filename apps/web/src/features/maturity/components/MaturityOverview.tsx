import { useQuery } from '@apollo/client/react';
import { canAssessMaturity } from '@overblik/domain';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { useCan } from '../../../app/useActor';
import { MaturityDocument } from '../graphql/maturity.documents';
import { MaturityHistory } from './MaturityHistory';
import { MaturitySteps } from './MaturitySteps';
import { MissingForNext } from './MissingForNext';
import { SelfAssessmentForm } from './SelfAssessmentForm';

/** The organisation on the four-step model: steps, what is missing, history and self-assessment. */
export function MaturityOverview() {
  const { t } = useTranslation('maturity');
  const canAssess = useCan(canAssessMaturity);
  const { data, loading, error, refetch } = useQuery(MaturityDocument, { fetchPolicy: 'cache-and-network' });
  const maturity = data?.maturity;
  return (
    <QueryState
      loading={loading && !maturity}
      error={error}
      onRetry={() => void refetch()}
      loadingLabel={t('loading')}
    >
      {maturity && (
        <Stack gap="xl">
          <Text size="xl" fw={700} data-testid="achieved-step">
            {t('achieved', { step: maturity.achievedStep, total: maturity.steps.length })}
          </Text>
          <MissingForNext maturity={maturity} />
          <MaturitySteps steps={maturity.steps} />
          {canAssess && <SelfAssessmentForm key={maturity.history.length} maturity={maturity} />}
          <MaturityHistory history={maturity.history} />
        </Stack>
      )}
    </QueryState>
  );
}
