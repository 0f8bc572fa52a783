import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { canKeepStandardRequirements, checkRules, standardRequirementFields } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../../gql';
import type { StandardRequirementsPanel_RequirementFragment } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { QueryState } from '../../../ui/QueryState';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { useCan } from '../../../app/useActor';
import {
  CreateStandardRequirementDocument,
  DeleteStandardRequirementDocument,
  StandardRequirementsDocument,
  UpdateStandardRequirementDocument,
} from '../graphql/requirements.documents';
import { ScrollTable } from '../../../ui/ScrollTable';

export const StandardRequirementsPanel_requirement = graphql(`
  fragment StandardRequirementsPanel_requirement on StandardRequirement {
    id
    category
    title
    description
    active
    version
  }
`);

type Requirement = StandardRequirementsPanel_RequirementFragment;
type Draft = { category: string; title: string; description: string; active: boolean };

/** The library of standard tender requirements; the central unit (administrators) keeps it. */
export function StandardRequirementsPanel() {
  const { t } = useTranslation('contracts');
  const canEdit = useCan(canKeepStandardRequirements);
  const { data, loading, error, refetch } = useQuery(StandardRequirementsDocument);
  const [editing, setEditing] = useState<Requirement | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Requirement | null>(null);
  const rows = getFragmentData(StandardRequirementsPanel_requirement, data?.standardRequirements ?? []);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" maw={720}>
          {t('requirements.intro')}
        </Text>
        {canEdit && <Button onClick={() => setEditing('new')}>{t('requirements.new')}</Button>}
      </Group>
      {!canEdit && <Alert color="blue">{t('requirements.readOnly')}</Alert>}
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={rows.length === 0}
        loadingLabel={t('requirements.loading')}
        emptyText={t('requirements.empty')}
      >
        <ScrollTable label={t('requirements.caption')} minWidth={640} exportName={t('requirements.caption')}>
          <Table striped>
            <Table.Caption>{t('requirements.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('requirements.category')}</Table.Th>
                <Table.Th scope="col">{t('requirements.titleLabel')}</Table.Th>
                <Table.Th scope="col">{t('requirements.description')}</Table.Th>
                <Table.Th scope="col">{t('requirements.status')}</Table.Th>
                {canEdit && (
                  <Table.Th scope="col" data-export="skip">
                    {t('requirements.actions')}
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.category}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {r.title}
                  </Table.Th>
                  <Table.Td>{r.description}</Table.Td>
                  <Table.Td>
                    <Badge color={r.active ? 'green' : 'gray'} variant="light">
                      {r.active ? t('requirements.active') : t('requirements.inactive')}
                    </Badge>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('requirements.editNamed', { title: r.title })}
                          onClick={() => setEditing(r)}
                        >
                          {t('requirements.editShort')}
                        </Button>
                        <ToggleActive requirement={r} />
                        <Button
                          size="xs"
                          variant="default"
                          color="red"
                          aria-label={t('requirements.deleteNamed', { title: r.title })}
                          onClick={() => setDeleting(r)}
                        >
                          {t('requirements.deleteShort')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      </QueryState>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('requirements.new') : t('requirements.edit')}
        closeButtonProps={{ 'aria-label': t('detail.cancel') }}
      >
        {editing !== null && (
          <RequirementForm requirement={editing === 'new' ? null : editing} onDone={() => setEditing(null)} />
        )}
      </Modal>
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('requirements.delete')}
        closeButtonProps={{ 'aria-label': t('detail.cancel') }}
      >
        {deleting && <DeleteRequirement requirement={deleting} onDone={() => setDeleting(null)} />}
      </Modal>
    </Stack>
  );
}

function RequirementForm({
  requirement: r,
  onDone,
}: {
  requirement: Requirement | null;
  onDone: () => void;
}) {
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const [v, setV] = useState<Draft>(
    r
      ? { category: r.category, title: r.title, description: r.description, active: r.active }
      : { category: '', title: '', description: '', active: true },
  );
  const rules = useRuleErrors();
  // A new requirement adds a row to the library (a list), hence the refetch; an edit returns the
  // row's fragment and updates it (and the checklists showing it) in the normalised cache.
  const [create, created] = useMutation(CreateStandardRequirementDocument, {
    refetchQueries: [{ query: StandardRequirementsDocument }],
    awaitRefetchQueries: true,
  });
  const [update, updated] = useMutation(UpdateStandardRequirementDocument);
  const error = created.error ?? updated.error;
  const apiErrors = apiFieldErrors(error);
  const errors = {
    category: rules.message('category') ?? apiErrors.category,
    title: rules.message('title') ?? apiErrors.title,
    description: rules.message('description') ?? apiErrors.description,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The API's rules for a library requirement, shown at the fields before anything is sent.
    if (!rules.check(checkRules(standardRequirementFields, v).errors)) return;
    const run = r
      ? update({ variables: { input: { ...v, id: r.id, version: r.version } } })
      : create({ variables: { input: v } });
    void run.then((result) => result.data && onDone()).catch(() => null);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={r ? t('requirements.edit') : t('requirements.new')}>
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {describeError(error)}
          </Alert>
        )}
        <TextInput
          label={t('requirements.category')}
          description={t('requirements.categoryHint')}
          required
          value={v.category}
          error={errors.category}
          onChange={(e) => setV({ ...v, category: e.currentTarget.value })}
        />
        <TextInput
          label={t('requirements.titleLabel')}
          required
          value={v.title}
          error={errors.title}
          onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
        />
        <Textarea
          label={t('requirements.description')}
          autosize
          minRows={3}
          value={v.description}
          error={errors.description}
          onChange={(e) => setV({ ...v, description: e.currentTarget.value })}
        />
        <Checkbox
          label={t('requirements.activeLabel')}
          description={t('requirements.activeHint')}
          checked={v.active}
          onChange={(e) => setV({ ...v, active: e.currentTarget.checked })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('detail.cancel')}
          </Button>
          <Button type="submit" loading={created.loading || updated.loading}>
            {t('detail.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeleteRequirement({ requirement: r, onDone }: { requirement: Requirement; onDone: () => void }) {
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const [remove, { loading, error }] = useMutation(DeleteStandardRequirementDocument, {
    // The library loses the row (a list).
    refetchQueries: [{ query: StandardRequirementsDocument }],
    awaitRefetchQueries: true,
  });
  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" role="alert">
          {describeError(error)} {t('requirements.deactivateInstead')}
        </Alert>
      )}
      <Text>{t('requirements.deleteConfirm', { title: r.title })}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('detail.cancel')}
        </Button>
        <Button
          color="red"
          loading={loading}
          onClick={() =>
            void remove({ variables: { id: r.id, version: r.version } })
              .then((result) => result.data && onDone())
              .catch(() => null)
          }
        >
          {t('requirements.delete')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Deactivates (or reactivates) a requirement: new checklists leave inactive ones out. */
function ToggleActive({ requirement: r }: { requirement: Requirement }) {
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const [update, { loading, error }] = useMutation(UpdateStandardRequirementDocument);
  const label = r.active ? t('requirements.deactivate') : t('requirements.activate');
  return (
    <>
      <Button
        size="xs"
        variant="default"
        loading={loading}
        aria-label={`${label}: ${r.title}`}
        onClick={() =>
          void update({
            variables: {
              input: {
                id: r.id,
                version: r.version,
                category: r.category,
                title: r.title,
                description: r.description,
                active: !r.active,
              },
            },
          }).catch(() => null)
        }
      >
        {label}
      </Button>
      {error && (
        <Text size="xs" c="red" role="alert">
          {describeError(error)}
        </Text>
      )}
    </>
  );
}
