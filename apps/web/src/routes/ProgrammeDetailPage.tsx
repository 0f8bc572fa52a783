import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProgrammeActions } from '../features/programmes/components/ProgrammeActions';
import { ProgrammeProjects } from '../features/programmes/components/ProgrammeProjects';
import { ProgrammeRollup } from '../features/programmes/components/ProgrammeRollup';
import { ProgrammeDetailDocument } from '../features/programmes/graphql/programme.documents';
import { PageHeader } from '../ui/PageHeader';
import { QueryState } from '../ui/QueryState';

export function ProgrammeDetailPage() {
  const { t } = useTranslation('portfolio');
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ProgrammeDetailDocument, { variables: { id } });
  const programme = data?.programme;
  return (
    <>
      <Anchor component={Link} to="/portefolje/programmer" size="sm">
        {t('programmes.back')}
      </Anchor>
      <PageHeader
        title={programme?.name ?? t('programmes.detailTitle')}
        description={programme?.description || undefined}
        actions={programme && <ProgrammeActions programme={programme} />}
      />
      <QueryState
        loading={loading && !programme}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('programmes.loadingOne')}
      >
        {programme && (
          <Stack gap="lg">
            <Group gap="xl" wrap="wrap">
              <div>
                <Text size="xs" c="dimmed">
                  {t('programmes.lead')}
                </Text>
                <Text>{programme.lead?.name ?? '–'}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed">
                  {t('detail.strategies')}
                </Text>
                <Text>{programme.strategies.map((s) => s.name).join(', ') || '–'}</Text>
              </div>
              {programme.archived && (
                <Badge color="gray" variant="light">
                  {t('programmes.archived')}
                </Badge>
              )}
            </Group>
            <ProgrammeRollup programme={programme} />
            <ProgrammeProjects programme={programme} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
