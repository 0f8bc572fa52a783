import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrioritisationModelQuery, ScoreDirection } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import {
  CreateCriterionDocument,
  DeleteCriterionDocument,
  UpdateCriterionDocument,
} from '../graphql/prioritisation.documents';

type Criterion = NonNullable<PrioritisationModelQuery['prioritisationModel']>['criteria'][number];

interface Draft {
  name: string;
  description: string;
  weight: number | string;
  scaleMin: number | string;
  scaleMax: number | string;
  direction: ScoreDirection;
  mandatory: boolean;
}

const DIRECTIONS: readonly ScoreDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'];

const EMPTY: Draft = {
  name: '',
  description: '',
  weight: 10,
  scaleMin: 1,
  scaleMax: 5,
  direction: 'HIGHER_IS_BETTER',
  mandatory: false,
};

const toDraft = (c: Criterion): Draft => ({
  name: c.name,
  description: c.description,
  weight: c.weight,
  scaleMin: c.scaleMin,
  scaleMax: c.scaleMax,
  direction: c.direction,
  mandatory: c.mandatory,
});

/** NumberInput gives '' for an empty field; the API then answers with a field error. */
const num = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);

const toInput = (d: Draft) => ({
  name: d.name,
  description: d.description,
  weight: Number.isFinite(num(d.weight)) ? num(d.weight) : -1,
  scaleMin: Number.isInteger(num(d.scaleMin)) ? num(d.scaleMin) : -1000,
  scaleMax: Number.isInteger(num(d.scaleMax)) ? num(d.scaleMax) : -1000,
  direction: d.direction,
  mandatory: d.mandatory,
});

function DraftFields({
  draft,
  onChange,
  errors,
}: {
  draft: Draft;
  onChange: (d: Draft) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('portfolio');
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });
  const label = (
    key: 'name' | 'criterionDescription' | 'weight' | 'scaleMin' | 'scaleMax' | 'direction' | 'mandatory',
  ) => t(`prioritisation.${key}` as const);
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <TextInput
        label={label('name')}
        required
        value={draft.name}
        error={errors.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        w={220}
      />
      <TextInput
        label={label('criterionDescription')}
        value={draft.description}
        error={errors.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        w={280}
      />
      <NumberInput
        label={label('weight')}
        required
        min={0}
        max={1000}
        value={draft.weight}
        error={errors.weight}
        onChange={(v) => set('weight', v)}
        w={100}
      />
      <NumberInput
        label={label('scaleMin')}
        required
        allowDecimal={false}
        value={draft.scaleMin}
        error={errors.scaleMin}
        onChange={(v) => set('scaleMin', v)}
        w={100}
      />
      <NumberInput
        label={label('scaleMax')}
        required
        allowDecimal={false}
        value={draft.scaleMax}
        error={errors.scaleMax}
        onChange={(v) => set('scaleMax', v)}
        w={100}
      />
      <Select
        label={label('direction')}
        data={DIRECTIONS.map((d) => ({
          value: d,
          label: t(`prioritisation.directions.${d}`),
        }))}
        value={draft.direction}
        allowDeselect={false}
        error={errors.direction}
        onChange={(v) => v && set('direction', v as ScoreDirection)}
        w={180}
      />
      <Checkbox
        label={label('mandatory')}
        description={t('prioritisation.mandatoryHelp')}
        checked={draft.mandatory}
        onChange={(e) => set('mandatory', e.currentTarget.checked)}
        mt="lg"
        maw={260}
      />
    </Group>
  );
}

function EditRow({
  criterion,
  onDone,
  onCancel,
}: {
  criterion: Criterion;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const [draft, setDraft] = useState(() => toDraft(criterion));
  const [update, { loading, error }] = useMutation(UpdateCriterionDocument);
  const errors = apiFieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await update({
      variables: { input: { id: criterion.id, version: criterion.version, ...toInput(draft) } },
    }).catch(() => null);
    if (result?.data) onDone(result.data.updateCriterion.name);
  };
  return (
    <Table.Tr>
      <Table.Td colSpan={6}>
        <form
          onSubmit={(e) => void submit(e)}
          noValidate
          aria-label={t('prioritisation.editRow', { name: criterion.name })}
        >
          <Stack gap="xs">
            <DraftFields draft={draft} onChange={setDraft} errors={errors} />
            {error && !Object.keys(errors).length && (
              <Alert color="red" role="alert">
                {describeError(error)}
              </Alert>
            )}
            <Group gap="xs">
              <Button type="submit" size="xs" loading={loading}>
                {t('prioritisation.save')}
              </Button>
              <Button size="xs" variant="default" onClick={onCancel}>
                {t('prioritisation.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Table.Td>
    </Table.Tr>
  );
}

function DeleteDialog({
  criterion,
  onClose,
  onDeleted,
}: {
  criterion: Criterion;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const [remove, { loading, error }] = useMutation(DeleteCriterionDocument);
  const confirm = async () => {
    const result = await remove({ variables: { id: criterion.id, version: criterion.version } }).catch(
      () => null,
    );
    if (result?.data?.deleteCriterion) onDeleted();
  };
  return (
    <Modal opened onClose={onClose} title={t('prioritisation.delete', { name: criterion.name })}>
      <Stack>
        <Text>{t('prioritisation.deleteConfirm', { name: criterion.name })}</Text>
        {error && (
          <Alert color="red" role="alert">
            {describeError(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('prioritisation.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {t('prioritisation.delete', { name: criterion.name })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CreateCriterionForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const titleId = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [create, { loading, error }] = useMutation(CreateCriterionDocument);
  const errors = apiFieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await create({ variables: { input: toInput(draft) } }).catch(() => null);
    if (!result?.data) return;
    setDraft(EMPTY);
    onCreated(result.data.createCriterion.name);
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId}>
        {t('prioritisation.newCriterion')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <Stack gap="xs">
          <DraftFields draft={draft} onChange={setDraft} errors={errors} />
          {error && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {describeError(error)}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              {t('prioritisation.createCriterion')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/**
 * The criteria of the prioritisation model as a table; those who keep the model edit a row in
 * place, create new criteria below and delete with a confirmation.
 */
export function CriteriaEditor({
  criteria,
  canEdit,
  onChanged,
}: {
  criteria: readonly Criterion[];
  canEdit: boolean;
  onChanged: () => Promise<unknown>;
}) {
  const { t } = useTranslation('portfolio');
  const titleId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Criterion | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const finish = (message: string) => {
    setEditing(null);
    setDeleting(null);
    setDone(message);
    void onChanged();
  };
  return (
    <Stack gap="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId}>
        {t('prioritisation.criteria')}
      </Title>
      {done && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel={t('prioritisation.close')}
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      {criteria.length === 0 ? (
        <Text c="dimmed">{t('prioritisation.noCriteria')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped>
            <Table.Caption>{t('prioritisation.criteriaCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('prioritisation.name')}</Table.Th>
                <Table.Th scope="col">{t('prioritisation.weight')}</Table.Th>
                <Table.Th scope="col">{t('prioritisation.scale')}</Table.Th>
                <Table.Th scope="col">{t('prioritisation.direction')}</Table.Th>
                <Table.Th scope="col">{t('prioritisation.mandatory')}</Table.Th>
                <Table.Th scope="col">{canEdit ? t('prioritisation.actions') : ''}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {criteria.map((c) =>
                editing === c.id ? (
                  <EditRow
                    key={c.id}
                    criterion={c}
                    onCancel={() => setEditing(null)}
                    onDone={(name) => finish(t('prioritisation.criterionSaved', { name }))}
                  />
                ) : (
                  <Table.Tr key={c.id} data-testid="criterion-row">
                    <Table.Th scope="row" fw="normal">
                      <Text fw={600}>{c.name}</Text>
                      {c.description && (
                        <Text size="sm" c="dimmed">
                          {c.description}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      <Text>{c.weight}</Text>
                      <Text size="xs" c="dimmed">
                        {t('prioritisation.weightShare', {
                          share: totalWeight ? Math.round((100 * c.weight) / totalWeight) : 0,
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {c.scaleMin}–{c.scaleMax}
                    </Table.Td>
                    <Table.Td>{t(`prioritisation.directions.${c.direction}`)}</Table.Td>
                    <Table.Td>{c.mandatory ? t('prioritisation.yes') : t('prioritisation.no')}</Table.Td>
                    <Table.Td>
                      {canEdit && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            variant="light"
                            aria-label={t('prioritisation.edit', { name: c.name })}
                            onClick={() => {
                              setDone(null);
                              setEditing(c.id);
                            }}
                          >
                            {t('prioritisation.editButton')}
                          </Button>
                          <Button
                            size="xs"
                            variant="light"
                            color="red"
                            aria-label={t('prioritisation.delete', { name: c.name })}
                            onClick={() => setDeleting(c)}
                          >
                            {t('prioritisation.deleteButton')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canEdit && (
        <CreateCriterionForm onCreated={(name) => finish(t('prioritisation.criterionCreated', { name }))} />
      )}
      {deleting && (
        <DeleteDialog
          criterion={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => finish(t('prioritisation.criterionDeleted', { name: deleting.name }))}
        />
      )}
    </Stack>
  );
}
