import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { checkRules, personFields } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type {
  PeoplePanel_CompetencyFragment,
  PeoplePanel_PersonFragment,
  PeoplePanel_UnitFragment,
} from '../../../gql/graphql';
import { ScrollTable } from '../../../ui/ScrollTable';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { useFormatters } from '../../../ui/useFormatters';
import {
  AllocationHeatmapDocument,
  CreatePersonDocument,
  DeletePersonDocument,
  ResourceAllocationsDocument,
  ResourcesDocument,
  UpdatePersonDocument,
} from '../graphql/resources.documents';

export const PeoplePanel_person = graphql(`
  fragment PeoplePanel_person on Person {
    id
    version
    name
    unitId
    userId
    weeklyCapacityHours
    competencies {
      id
      name
    }
  }
`);

/** The competencies a person can be given. */
export const PeoplePanel_competency = graphql(`
  fragment PeoplePanel_competency on Competency {
    id
    name
  }
`);

/** The units a person can belong to. */
export const PeoplePanel_unit = graphql(`
  fragment PeoplePanel_unit on Unit {
    id
    name
  }
`);

type Person = PeoplePanel_PersonFragment;
interface Options {
  units: readonly PeoplePanel_UnitFragment[];
  competencies: readonly PeoplePanel_CompetencyFragment[];
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

function PersonDialog({
  person,
  options,
  onClose,
  onSaved,
}: {
  person: Person | null;
  options: Options;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const { t } = useTranslation('resources');
  const describeError = useErrorMessage();
  const [name, setName] = useState(person?.name ?? '');
  const [unitId, setUnitId] = useState<string | null>(person?.unitId ?? null);
  const [hours, setHours] = useState<number | ''>(person?.weeklyCapacityHours ?? 37);
  const [competencyIds, setCompetencyIds] = useState<string[]>(person?.competencies.map((c) => c.id) ?? []);
  const rules = useRuleErrors();
  // A new person joins the list and adds capacity to the heatmap, which is computed on the server.
  const [create, creating] = useMutation(CreatePersonDocument, {
    refetchQueries: [ResourcesDocument, AllocationHeatmapDocument],
  });
  // An edit returns every view's fragment of the person; see `submit` for the heatmap.
  const [update, updating] = useMutation(UpdatePersonDocument);
  const error = creating.error ?? updating.error;
  const serverErrors = apiFieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The shared rules (`@overblik/domain`) the API checks again.
    const checked = checkRules(personFields, {
      name,
      unitId,
      weeklyCapacityHours: hours === '' ? null : hours,
      competencyIds,
    });
    if (!rules.passes(checked)) return;
    const fields = checked.data;
    // The server computes the heatmap from unit, capacity and competencies: only their change
    // makes it read again (a rename does not).
    const heatmapChanged =
      !!person &&
      ((fields.unitId ?? null) !== person.unitId ||
        fields.weeklyCapacityHours !== person.weeklyCapacityHours ||
        !sameIds(
          fields.competencyIds,
          person.competencies.map((c) => c.id),
        ));
    const result = person
      ? await update({
          variables: {
            input: { ...fields, id: person.id, version: person.version, userId: person.userId },
          },
          refetchQueries: heatmapChanged ? [AllocationHeatmapDocument] : [],
        }).catch(() => null)
      : await create({ variables: { input: fields } }).catch(() => null);
    if (result?.data) onSaved(fields.name);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={person ? t('people.editTitle', { name: person.name }) : t('people.addTitle')}
      closeButtonProps={{ 'aria-label': t('close') }}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t('people.name')}
            required
            data-autofocus
            value={name}
            error={rules.message('name') ?? serverErrors.name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Select
            label={t('people.unit')}
            clearable
            data={options.units.map((u) => ({ value: u.id, label: u.name }))}
            value={unitId}
            error={serverErrors.unitId}
            onChange={setUnitId}
          />
          <NumberInput
            label={t('people.capacity')}
            description={t('people.capacityHelp')}
            required
            min={0}
            max={168}
            decimalScale={1}
            decimalSeparator=","
            value={hours}
            error={rules.message('weeklyCapacityHours') ?? serverErrors.weeklyCapacityHours}
            onChange={(v) => setHours(typeof v === 'number' ? v : '')}
          />
          <MultiSelect
            label={t('people.competencies')}
            data={options.competencies.map((c) => ({ value: c.id, label: c.name }))}
            value={competencyIds}
            error={rules.message('competencyIds') ?? serverErrors.competencyIds}
            onChange={setCompetencyIds}
            searchable
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

function DeletePersonDialog({
  person,
  onClose,
  onDeleted,
}: {
  person: Person;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('resources');
  const [remove, { loading, error }] = useMutation(DeletePersonDocument, {
    // The person leaves the list, with their allocations and their hours in the heatmap.
    refetchQueries: [ResourcesDocument, ResourceAllocationsDocument, AllocationHeatmapDocument],
  });
  const confirm = async () => {
    const result = await remove({ variables: { id: person.id, version: person.version } }).catch(() => null);
    if (result?.data?.deletePerson) onDeleted();
  };
  return (
    <ConfirmDeleteModal
      title={t('people.deleteTitle', { name: person.name })}
      message={t('people.deleteConfirm', { name: person.name })}
      labels={{ close: t('close'), cancel: t('cancel'), confirm: t('delete') }}
      error={error}
      loading={loading}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}

/** The people projects can book: unit, weekly capacity and competencies. */
export function PeoplePanel({
  people: peopleRefs,
  units: unitRefs,
  competencies: competencyRefs,
  canEdit,
}: {
  people: readonly FragmentType<typeof PeoplePanel_person>[];
  units: readonly FragmentType<typeof PeoplePanel_unit>[];
  competencies: readonly FragmentType<typeof PeoplePanel_competency>[];
  canEdit: boolean;
}) {
  const people = getFragmentData(PeoplePanel_person, peopleRefs);
  const options: Options = {
    units: getFragmentData(PeoplePanel_unit, unitRefs),
    competencies: getFragmentData(PeoplePanel_competency, competencyRefs),
  };
  const { t } = useTranslation('resources');
  const { formatNumber } = useFormatters();
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Person | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const unitName = new Map(options.units.map((u) => [u.id, u.name]));
  return (
    <Stack gap="sm">
      {canEdit && (
        <Button
          w="fit-content"
          onClick={() => {
            setEditing('new');
            setStatus(null);
          }}
        >
          {t('people.add')}
        </Button>
      )}
      {status && (
        <Alert color="green" role="status">
          {status}
        </Alert>
      )}
      {people.length === 0 ? (
        <Text>{t('people.empty')}</Text>
      ) : (
        <ScrollTable label={t('people.caption')} minWidth={640} exportName={t('people.caption')}>
          <Table striped>
            <Table.Caption>{t('people.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('people.name')}</Table.Th>
                <Table.Th scope="col">{t('people.unit')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('people.capacityShort')}
                </Table.Th>
                <Table.Th scope="col">{t('people.competencies')}</Table.Th>
                {canEdit && (
                  <Table.Th scope="col" data-export="skip">
                    <VisuallyHidden>{t('actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row" fw="normal">
                    {p.name}
                  </Table.Th>
                  <Table.Td>{(p.unitId && unitName.get(p.unitId)) || '–'}</Table.Td>
                  <Table.Td ta="right" data-export-value={p.weeklyCapacityHours}>
                    {t('hoursPerWeek', { hours: formatNumber(p.weeklyCapacityHours) })}
                  </Table.Td>
                  <Table.Td>{p.competencies.map((c) => c.name).join(', ') || '–'}</Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="subtle" onClick={() => setEditing(p)}>
                          {t('edit')}
                          <VisuallyHidden>{` ${p.name}`}</VisuallyHidden>
                        </Button>
                        <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(p)}>
                          {t('delete')}
                          <VisuallyHidden>{` ${p.name}`}</VisuallyHidden>
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      {editing && (
        <PersonDialog
          person={editing === 'new' ? null : editing}
          options={options}
          onClose={() => setEditing(null)}
          onSaved={(name) => {
            setEditing(null);
            setStatus(t('people.saved', { name }));
          }}
        />
      )}
      {deleting && (
        <DeletePersonDialog
          person={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setStatus(t('people.deleted', { name: deleting.name }));
            setDeleting(null);
          }}
        />
      )}
    </Stack>
  );
}
