import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  VisuallyHidden,
} from '@mantine/core';
import { allocationCreate, allocationUpdate, checkRules } from '@overblik/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type {
  AllocationsPanel_AllocationFragment,
  AllocationsPanel_CompetencyFragment,
  AllocationsPanel_PersonFragment,
  AllocationsPanel_ProjectFragment,
} from '../../../gql/graphql';
import { QueryState } from '../../../ui/QueryState';
import { ScrollTable } from '../../../ui/ScrollTable';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { useFormatters } from '../../../ui/useFormatters';
import {
  AllocationHeatmapDocument,
  CreateAllocationDocument,
  DeleteAllocationDocument,
  ResourceAllocationsDocument,
  UpdateAllocationDocument,
} from '../graphql/resources.documents';
import { planningQuarters } from '../quarters';

export const AllocationsPanel_allocation = graphql(`
  fragment AllocationsPanel_allocation on Allocation {
    id
    version
    personId
    projectId
    competencyId
    quarter
    hoursPerWeek
  }
`);

/** A person as a booking shows and chooses them: the name and the competencies to book. */
export const AllocationsPanel_person = graphql(`
  fragment AllocationsPanel_person on Person {
    id
    name
    competencies {
      id
      name
    }
  }
`);

export const AllocationsPanel_competency = graphql(`
  fragment AllocationsPanel_competency on Competency {
    id
    name
  }
`);

/** A project a booking can be on: its name. */
export const AllocationsPanel_project = graphql(`
  fragment AllocationsPanel_project on Project {
    id
    name
  }
`);

type Allocation = AllocationsPanel_AllocationFragment;
type Project = AllocationsPanel_ProjectFragment;
interface Options {
  people: readonly AllocationsPanel_PersonFragment[];
  competencies: readonly AllocationsPanel_CompetencyFragment[];
  projects: readonly Project[];
}
/** A new or removed booking changes the list; every booking changes the server-computed heatmap. */
const REFETCH = [ResourceAllocationsDocument, AllocationHeatmapDocument];

function AllocationDialog({
  allocation,
  options,
  quarters,
  onClose,
  onSaved,
}: {
  allocation: Allocation | null;
  options: Options;
  quarters: readonly string[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('resources');
  const describeError = useErrorMessage();
  const [personId, setPersonId] = useState<string | null>(allocation?.personId ?? null);
  const [projectId, setProjectId] = useState<string | null>(allocation?.projectId ?? null);
  const [competencyId, setCompetencyId] = useState<string | null>(allocation?.competencyId ?? null);
  const [quarter, setQuarter] = useState<string | null>(allocation?.quarter ?? quarters[1] ?? null);
  const [hours, setHours] = useState<number | ''>(allocation?.hoursPerWeek ?? '');
  const rules = useRuleErrors();
  const [create, creating] = useMutation(CreateAllocationDocument, { refetchQueries: REFETCH });
  // An edit returns the booking's fragment; only the server-computed heatmap must be read again.
  const [update, updating] = useMutation(UpdateAllocationDocument, {
    refetchQueries: [AllocationHeatmapDocument],
  });
  const error = creating.error ?? updating.error;
  const serverErrors = apiFieldErrors(error);
  const person = options.people.find((p) => p.id === personId);
  // The person's own competencies first: an allocation books one of them.
  const competencyOptions = (person?.competencies.length ? person.competencies : options.competencies).map(
    (c) => ({ value: c.id, label: c.name }),
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The shared rules (`@overblik/domain`) the API checks again.
    const hoursPerWeek = hours === '' ? null : hours;
    const result = await (() => {
      if (allocation) {
        const checked = checkRules(allocationUpdate, { competencyId, hoursPerWeek });
        if (!rules.passes(checked)) return null;
        const input = { ...checked.data, id: allocation.id, version: allocation.version };
        return update({ variables: { input } }).catch(() => null);
      }
      const checked = checkRules(allocationCreate, {
        personId,
        projectId,
        competencyId,
        quarter,
        hoursPerWeek,
      });
      if (!rules.passes(checked)) return null;
      return create({ variables: { input: checked.data } }).catch(() => null);
    })();
    if (result?.data) onSaved();
  };

  const fieldError = (key: string) => rules.message(key) ?? serverErrors[key];
  return (
    <Modal
      opened
      onClose={onClose}
      title={allocation ? t('allocations.editTitle') : t('allocations.addTitle')}
      closeButtonProps={{ 'aria-label': t('close') }}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Select
            label={t('allocations.person')}
            required
            searchable
            disabled={!!allocation}
            data={options.people.map((p) => ({ value: p.id, label: p.name }))}
            value={personId}
            error={fieldError('personId')}
            onChange={setPersonId}
          />
          <Select
            label={t('allocations.project')}
            required
            searchable
            disabled={!!allocation}
            data={options.projects.map((p) => ({ value: p.id, label: p.name }))}
            value={projectId}
            error={fieldError('projectId')}
            onChange={setProjectId}
          />
          <Select
            label={t('allocations.competency')}
            clearable
            data={competencyOptions}
            value={competencyId}
            error={fieldError('competencyId')}
            onChange={setCompetencyId}
          />
          <Select
            label={t('allocations.quarter')}
            required
            disabled={!!allocation}
            data={[...quarters]}
            value={quarter}
            allowDeselect={false}
            error={fieldError('quarter')}
            onChange={setQuarter}
          />
          <NumberInput
            label={t('allocations.hours')}
            required
            min={0}
            max={168}
            decimalScale={1}
            decimalSeparator=","
            value={hours}
            error={fieldError('hoursPerWeek')}
            onChange={(v) => setHours(typeof v === 'number' ? v : '')}
          />
          {error && !Object.keys(serverErrors).length && (
            <Alert color="red" role="alert">
              {describeError(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading}>
              {t('save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DeleteAllocationDialog({
  allocation,
  label,
  onClose,
  onDeleted,
}: {
  allocation: Allocation;
  label: string;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('resources');
  const [remove, { loading, error }] = useMutation(DeleteAllocationDocument, { refetchQueries: REFETCH });
  const confirm = async () => {
    const result = await remove({
      variables: { id: allocation.id, version: allocation.version },
    }).catch(() => null);
    if (result?.data?.deleteAllocation) onDeleted();
  };
  return (
    <ConfirmDeleteModal
      title={t('allocations.deleteTitle')}
      message={t('allocations.deleteConfirm', { what: label })}
      labels={{ close: t('close'), cancel: t('cancel'), confirm: t('delete') }}
      error={error}
      loading={loading}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}

/** Who is booked on which project, per quarter, in hours a week. */
export function AllocationsPanel({
  people: peopleRefs,
  competencies: competencyRefs,
  today,
  canEdit,
}: {
  people: readonly FragmentType<typeof AllocationsPanel_person>[];
  competencies: readonly FragmentType<typeof AllocationsPanel_competency>[];
  /** The API's today: the planning horizon starts from its quarter. */
  today: string;
  canEdit: boolean;
}) {
  const options = {
    people: getFragmentData(AllocationsPanel_person, peopleRefs),
    competencies: getFragmentData(AllocationsPanel_competency, competencyRefs),
  };
  const { t } = useTranslation('resources');
  const { formatNumber } = useFormatters();
  const quarters = useMemo(() => planningQuarters(today), [today]);
  const { data, loading, error, refetch } = useQuery(ResourceAllocationsDocument, {
    variables: { quarters },
  });
  const [editing, setEditing] = useState<Allocation | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Allocation | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const projects = getFragmentData(AllocationsPanel_project, data?.projects.items ?? []);
  const personName = new Map(options.people.map((p) => [p.id, p.name]));
  const projectName = new Map(projects.map((p) => [p.id, p.name]));
  const competencyName = new Map(options.competencies.map((c) => [c.id, c.name]));
  const describe = (a: Allocation) =>
    t('allocations.describe', {
      person: personName.get(a.personId) ?? '',
      project: projectName.get(a.projectId) ?? '',
      quarter: a.quarter,
    });
  const rows = [...getFragmentData(AllocationsPanel_allocation, data?.allocations ?? [])].sort(
    (a, b) =>
      a.quarter.localeCompare(b.quarter) ||
      (personName.get(a.personId) ?? '').localeCompare(personName.get(b.personId) ?? '', 'da'),
  );
  return (
    <Stack gap="sm">
      {canEdit && (
        <Button
          w="fit-content"
          disabled={!data}
          onClick={() => {
            setEditing('new');
            setStatus(null);
          }}
        >
          {t('allocations.add')}
        </Button>
      )}
      {status && (
        <Alert color="green" role="status">
          {status}
        </Alert>
      )}
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={!!data && rows.length === 0}
        loadingLabel={t('allocations.loading')}
        emptyText={t('allocations.empty')}
      >
        <ScrollTable
          label={t('allocations.title')}
          minWidth={720}
          maxHeight={480}
          exportName={t('allocations.title')}
        >
          <Table striped stickyHeader>
            <Table.Caption>
              {t('allocations.caption', { from: quarters[0], to: quarters[quarters.length - 1] })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('allocations.quarter')}</Table.Th>
                <Table.Th scope="col">{t('allocations.person')}</Table.Th>
                <Table.Th scope="col">{t('allocations.project')}</Table.Th>
                <Table.Th scope="col">{t('allocations.competency')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('allocations.hoursShort')}
                </Table.Th>
                {canEdit && (
                  <Table.Th scope="col" data-export="skip">
                    <VisuallyHidden>{t('actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.quarter}</Table.Td>
                  <Table.Th scope="row" fw="normal">
                    {personName.get(a.personId) ?? '–'}
                  </Table.Th>
                  <Table.Td>{projectName.get(a.projectId) ?? '–'}</Table.Td>
                  <Table.Td>{(a.competencyId && competencyName.get(a.competencyId)) || '–'}</Table.Td>
                  <Table.Td ta="right">{t('hoursPerWeek', { hours: formatNumber(a.hoursPerWeek) })}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="subtle" onClick={() => setEditing(a)}>
                          {t('edit')}
                          <VisuallyHidden>{` ${describe(a)}`}</VisuallyHidden>
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(a)}>
                          {t('delete')}
                          <VisuallyHidden>{` ${describe(a)}`}</VisuallyHidden>
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
      {editing && (
        <AllocationDialog
          allocation={editing === 'new' ? null : editing}
          options={{ ...options, projects }}
          quarters={quarters}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setStatus(t('allocations.saved'));
          }}
        />
      )}
      {deleting && (
        <DeleteAllocationDialog
          allocation={deleting}
          label={describe(deleting)}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            setStatus(t('allocations.deleted'));
          }}
        />
      )}
    </Stack>
  );
}
