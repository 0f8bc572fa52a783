import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { competencyRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { CompetenciesPanel_CompetencyFragment } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import {
  AllocationHeatmapDocument,
  CreateCompetencyDocument,
  ResourcesDocument,
  UpdateCompetencyDocument,
} from '../graphql/resources.documents';

export const CompetenciesPanel_competency = graphql(`
  fragment CompetenciesPanel_competency on Competency {
    id
    version
    name
  }
`);

type Competency = CompetenciesPanel_CompetencyFragment;

function RenameRow({ competency, onDone }: { competency: Competency; onDone: (name?: string) => void }) {
  const { t } = useTranslation('resources');
  const describeError = useErrorMessage();
  const [name, setName] = useState(competency.name);
  const rules = useRuleErrors();
  const [rename, { loading, error }] = useMutation(UpdateCompetencyDocument, {
    // The result carries every resources view's fragment of the competency, so they all update
    // through the cache; the heatmap's group names are computed on the server.
    refetchQueries: [AllocationHeatmapDocument],
  });
  const serverErrors = apiFieldErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The shared rules (`@overblik/domain`) the API checks again.
    if (!rules.check(competencyRuleErrors({ name }))) return;
    const result = await rename({
      variables: { id: competency.id, version: competency.version, name },
    }).catch(() => null);
    if (result?.data) onDone(name.trim());
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Group align="flex-start" gap="xs">
        <TextInput
          label={t('competencies.renameLabel', { name: competency.name })}
          data-autofocus
          value={name}
          error={rules.message('name') ?? serverErrors.name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Group gap="xs" mt={25}>
          <Button type="submit" size="sm" loading={loading}>
            {t('save')}
          </Button>
          <Button size="sm" variant="default" onClick={() => onDone()}>
            {t('cancel')}
          </Button>
        </Group>
      </Group>
      {error && !Object.keys(serverErrors).length && (
        <Alert color="red" role="alert" mt="xs">
          {describeError(error)}
        </Alert>
      )}
    </form>
  );
}

/** The competencies people have and projects ask for; the coordinator adds and renames them. */
export function CompetenciesPanel({
  competencies: refs,
  canEdit,
}: {
  competencies: readonly FragmentType<typeof CompetenciesPanel_competency>[];
  canEdit: boolean;
}) {
  const competencies = getFragmentData(CompetenciesPanel_competency, refs);
  const { t } = useTranslation('resources');
  const describeError = useErrorMessage();
  const [name, setName] = useState('');
  const rules = useRuleErrors();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [create, { loading, error, reset }] = useMutation(CreateCompetencyDocument, {
    // The new competency joins the list.
    refetchQueries: [ResourcesDocument],
  });
  const serverErrors = apiFieldErrors(error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    // The shared rules (`@overblik/domain`) the API checks again.
    if (!rules.check(competencyRuleErrors({ name }))) return;
    const result = await create({ variables: { name } }).catch(() => null);
    if (!result?.data) return;
    setStatus(t('competencies.created', { name: name.trim() }));
    setName('');
  };
  return (
    <Stack gap="sm">
      {canEdit && (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Group align="flex-start" gap="xs">
            <TextInput
              label={t('competencies.newName')}
              value={name}
              error={rules.message('name') ?? serverErrors.name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                reset();
              }}
            />
            <Button type="submit" loading={loading} mt={25}>
              {t('competencies.add')}
            </Button>
          </Group>
          {error && !Object.keys(serverErrors).length && (
            <Alert color="red" role="alert" mt="xs">
              {describeError(error)}
            </Alert>
          )}
        </form>
      )}
      {status && (
        <Alert color="green" role="status">
          {status}
        </Alert>
      )}
      {competencies.length === 0 ? (
        <Text>{t('competencies.empty')}</Text>
      ) : (
        <Table>
          <Table.Caption>{t('competencies.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('competencies.name')}</Table.Th>
              {canEdit && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {competencies.map((c) => (
              <Table.Tr key={c.id}>
                {renaming === c.id ? (
                  <Table.Td colSpan={2}>
                    <RenameRow
                      competency={c}
                      onDone={(newName) => {
                        setRenaming(null);
                        if (newName) setStatus(t('competencies.renamed', { name: newName }));
                      }}
                    />
                  </Table.Td>
                ) : (
                  <>
                    <Table.Th scope="row" fw="normal">
                      {c.name}
                    </Table.Th>
                    {canEdit && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => {
                            setRenaming(c.id);
                            setStatus(null);
                          }}
                        >
                          {t('competencies.rename')}
                          <VisuallyHidden>{` ${c.name}`}</VisuallyHidden>
                        </Button>
                      </Table.Td>
                    )}
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
