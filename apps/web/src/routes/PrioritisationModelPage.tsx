import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack } from '@mantine/core';
import { canKeepPrioritisationModel } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CategoriesEditor } from '../features/portfolio/components/CategoriesEditor';
import { CriteriaEditor } from '../features/portfolio/components/CriteriaEditor';
import { PrioritisationModelDocument } from '../features/portfolio/graphql/prioritisation.documents';
import { useCan } from '../app/useActor';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

/** The prioritisation model: criteria and categories, kept by administrators and the coordinator. */
export function PrioritisationModelPage() {
  const { t } = useTranslation('portfolio');
  const canEdit = useCan(canKeepPrioritisationModel);
  const { data, loading, error, refetch } = useQuery(PrioritisationModelDocument);
  const model = data?.prioritisationModel;
  return (
    <>
      <Anchor component={Link} to="/portefolje" size="sm">
        {t('prioritisation.back')}
      </Anchor>
      <PageHeader title={t('prioritisation.title')} description={t('prioritisation.description')} />
      {!canEdit && (
        <Alert color="blue" mb="md">
          {t('prioritisation.readOnly')}
        </Alert>
      )}
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('prioritisation.loading')}
      >
        <Stack gap="xl">
          {/* The model is read again only when a criterion or category joins or leaves its lists;
              an edit comes back with the editors' fragments. */}
          <CriteriaEditor criteria={model?.criteria ?? []} canEdit={canEdit} onChanged={refetch} />
          <CategoriesEditor categories={model?.categories ?? []} canEdit={canEdit} onChanged={refetch} />
        </Stack>
      </QueryState>
    </>
  );
}
