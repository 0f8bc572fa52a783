import { useQuery } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { canMeasureBenefit } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useActor } from '../app/useActor';
import { ExternalReferencesSection } from '../features/references/components/ExternalReferencesSection';
import { BenefitFacts } from '../features/benefits/components/BenefitFacts';
import { BenefitActions } from '../features/benefits/forms/BenefitActions';
import { MeasurementForm } from '../features/benefits/components/MeasurementForm';
import { MeasurementHistory } from '../features/benefits/components/MeasurementHistory';
import { BenefitDetailDocument } from '../features/benefits/graphql/benefits.documents';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';
import { ChangeHistory } from '../features/history/components/ChangeHistory';
import { RecordTabs } from '../ui/RecordTabs';

export function BenefitDetailPage() {
  const { t } = useTranslation('benefits');
  const { id = '' } = useParams();
  const actor = useActor();
  const { data, loading, error, refetch } = useQuery(BenefitDetailDocument, { variables: { id } });
  const benefit = data?.benefit;
  // Same rule as the API: the responsible or accountable person, or a project coordinator.
  const canMeasure = !!benefit && canMeasureBenefit(actor, benefit);

  return (
    <>
      <PageHeader
        title={benefit?.title ?? t('detail.title')}
        description={
          <Anchor component={Link} to="/gevinster">
            {t('detail.back')}
          </Anchor>
        }
      />
      <QueryState
        loading={loading && !benefit}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('detail.loading')}
      >
        {benefit && (
          <RecordTabs history={<ChangeHistory entity="BENEFIT" id={benefit.id} ownType="Benefit" />}>
            <Stack gap="xl">
              <BenefitActions benefit={benefit} />
              <BenefitFacts benefit={benefit} />
              {canMeasure ? (
                <MeasurementForm benefitId={benefit.id} unitOfMeasure={benefit.unitOfMeasure} />
              ) : (
                <Text c="dimmed">{t('form.notAllowed')}</Text>
              )}
              <MeasurementHistory benefit={benefit} />
              <ExternalReferencesSection subject="BENEFIT" subjectId={benefit.id} />
            </Stack>
          </RecordTabs>
        )}
      </QueryState>
    </>
  );
}
