import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { UpdateCriterionDocument } from '../graphql/prioritisation.documents';
import { CreateCriterionForm } from './CreateCriterionForm';
import { type Criterion, CriterionDraftFields, toDraft, toInput } from './CriterionDraftFields';
import { DeleteCriterionDialog } from './DeleteCriterionDialog';
import { ScrollTable } from '../../../ui/ScrollTable';

export const CriteriaEditor_criterion = graphql(`
  fragment CriteriaEditor_criterion on Criterion {
    id
    version
    name
    description
    weight
    scaleMin
    scaleMax
    direction
    mandatory
  }
`);

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
  // The result carries the fragments of every view of the criterion, so the cache updates them all.
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
            <CriterionDraftFields draft={draft} onChange={setDraft} errors={errors} />
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

/**
 * The criteria of the prioritisation model as a table; those who keep the model edit a row in
 * place, create new criteria below and delete with a confirmation.
 */
export function CriteriaEditor({
  criteria: refs,
  canEdit,
  onChanged,
}: {
  criteria: readonly FragmentType<typeof CriteriaEditor_criterion>[];
  canEdit: boolean;
  /** After a criterion was created or deleted: the list changes. An edit comes back in its result. */
  onChanged: () => Promise<unknown>;
}) {
  const criteria = getFragmentData(CriteriaEditor_criterion, refs);
  const { t } = useTranslation('portfolio');
  const titleId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Criterion | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const finish = (message: string, listChanged: boolean) => {
    setEditing(null);
    setDeleting(null);
    setDone(message);
    if (listChanged) void onChanged();
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
        <ScrollTable label={t('prioritisation.criteriaCaption')} minWidth={760}>
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
                    onDone={(name) => finish(t('prioritisation.criterionSaved', { name }), false)}
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
        </ScrollTable>
      )}
      {canEdit && (
        <CreateCriterionForm
          onCreated={(name) => finish(t('prioritisation.criterionCreated', { name }), true)}
        />
      )}
      {deleting && (
        <DeleteCriterionDialog
          criterion={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => finish(t('prioritisation.criterionDeleted', { name: deleting.name }), true)}
        />
      )}
    </Stack>
  );
}
