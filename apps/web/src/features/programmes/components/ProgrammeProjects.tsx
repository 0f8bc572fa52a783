import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, MultiSelect, Stack, Table, Text, Title } from '@mantine/core';
import { canKeepProgrammes } from '@overblik/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../../app/useActor';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { apiFieldErrors } from '../../../ui/error-message';
import { RagBadge } from '../../../ui/RagBadge';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useFormatters } from '../../../ui/useFormatters';
import {
  ProgrammeProjectOptionsDocument,
  SetProgrammeProjectsDocument,
} from '../graphql/programme.documents';
import { ScrollTable } from '../../../ui/ScrollTable';

export const ProgrammeProjects_programme = graphql(`
  fragment ProgrammeProjects_programme on Programme {
    id
    version
    archived
    projects {
      id
      name
      status
      budget
      latestStatus {
        missing
        report {
          id
          overall
        }
      }
    }
  }
`);

/** Chooses the programme's projects at once; a project chosen here leaves any other programme. */
function ProjectPicker({
  programmeId,
  version,
  current,
  onDone,
}: {
  programmeId: string;
  version: number;
  current: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const options = useQuery(ProgrammeProjectOptionsDocument, { fetchPolicy: 'network-only' });
  const [save, saving] = useMutation(SetProgrammeProjectsDocument, {
    refetchQueries: ['Programmes', 'ProgrammeProjectOptions'],
  });
  const [projectIds, setProjectIds] = useState(current);
  const [error, setError] = useState<string | null>(null);
  const data = (options.data?.projects.items ?? []).map((p) => ({
    value: p.id,
    label:
      p.programme && p.programme.id !== programmeId
        ? t('programmes.projects.inOther', { name: p.name, programme: p.programme.name })
        : p.name,
  }));
  const submit = async () => {
    setError(null);
    try {
      await save({ variables: { programmeId, version, projectIds } });
      onDone();
    } catch (e) {
      setError(apiFieldErrors(e).projectIds ?? describeError(e));
    }
  };
  return (
    <Stack gap="xs">
      <MultiSelect
        label={t('programmes.projects.choose')}
        description={t('programmes.projects.chooseHint')}
        data={data}
        value={projectIds}
        searchable
        error={error}
        onChange={setProjectIds}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('form.cancel')}
        </Button>
        <Button loading={saving.loading} onClick={() => void submit()}>
          {t('programmes.projects.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The programme's projects with their status and latest health, and (for keepers) the picker. */
export function ProgrammeProjects({
  programme: ref,
}: {
  programme: FragmentType<typeof ProgrammeProjects_programme>;
}) {
  const programme = getFragmentData(ProgrammeProjects_programme, ref);
  const { t } = useTranslation('portfolio');
  const { formatKr } = useFormatters();
  const canKeep = useCan(canKeepProgrammes);
  const [choosing, setChoosing] = useState(false);
  const titleId = useId();
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id={titleId}>
            {t('programmes.projects.title')}
          </Title>
          {canKeep && !choosing && (
            <Button variant="default" size="xs" onClick={() => setChoosing(true)}>
              {t('programmes.projects.edit')}
            </Button>
          )}
        </Group>
        {programme.archived && (
          <Alert color="gray" variant="light">
            {t('programmes.archivedHint')}
          </Alert>
        )}
        {choosing && (
          <ProjectPicker
            programmeId={programme.id}
            version={programme.version}
            current={programme.projects.map((p) => p.id)}
            onDone={() => setChoosing(false)}
          />
        )}
        {programme.projects.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('programmes.projects.empty')}
          </Text>
        ) : (
          <ScrollTable
            label={t('programmes.projects.caption')}
            minWidth={480}
            exportName={t('programmes.projects.caption')}
          >
            <Table striped>
              <Table.Caption>{t('programmes.projects.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('programmes.projects.name')}</Table.Th>
                  <Table.Th scope="col">{t('overview.status')}</Table.Th>
                  <Table.Th scope="col">{t('programmes.projects.health')}</Table.Th>
                  <Table.Th scope="col">{t('detail.budget')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {programme.projects.map((p) => (
                  <Table.Tr key={p.id} data-testid="programme-project">
                    <Table.Th scope="row">
                      <Anchor component={Link} to={`/portefolje/projekter/${p.id}`}>
                        {p.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{t(`status.${p.status}`)}</Table.Td>
                    <Table.Td>
                      {p.latestStatus.report ? (
                        <RagBadge rag={p.latestStatus.report.overall} />
                      ) : (
                        t('programmes.projects.noReport')
                      )}
                    </Table.Td>
                    <Table.Td>{formatKr(p.budget)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Stack>
    </Card>
  );
}
