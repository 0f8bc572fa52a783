import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { AdminUnitsDocument, CreateUnitDocument } from '../graphql/admin.documents';
import { orderUnitTree } from '../unit-tree';

export const UnitCreateForm_unit = graphql(`
  fragment UnitCreateForm_unit on Unit {
    id
    version
    name
    parentId
  }
`);

export interface UnitCreateFormProps {
  /** The existing units, offered as parents. */
  units: readonly FragmentType<typeof UnitCreateForm_unit>[];
}

/** Creates a unit, optionally under another; API field errors are shown on the fields. */
export function UnitCreateForm({ units: refs }: UnitCreateFormProps) {
  const { t, i18n } = useTranslation('admin');
  const rows = orderUnitTree(getFragmentData(UnitCreateForm_unit, refs), i18n.resolvedLanguage);
  const describeError = useErrorMessage();
  const titleId = useId();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [parentId, setParentId] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  // A new unit adds a row to the tree.
  const [createUnit, { loading, error }] = useMutation(CreateUnitDocument, {
    refetchQueries: [AdminUnitsDocument],
    awaitRefetchQueries: true,
  });
  const fieldErrors = apiFieldErrors(error);
  // Indented like the table, so the parent list reads as the same tree.
  const parents = rows.map(({ unit, depth }) => ({
    value: unit.id,
    label: `${'\u00a0\u00a0'.repeat(depth)}${unit.name}`,
  }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const input = { name, code: code.trim() || null, parentId };
    const result = await createUnit({ variables: { input } }).catch(() => null);
    const unit = result?.data?.createUnit;
    if (!unit) return;
    setCreated(unit.name);
    setName('');
    setCode('');
    setParentId(null);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {t('units.createTitle')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" maw={920}>
          <TextInput
            label={t('units.name')}
            required
            value={name}
            error={fieldErrors.name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label={t('units.code')}
            value={code}
            error={fieldErrors.code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <Select
            label={t('units.parent')}
            placeholder={t('units.noParent')}
            data={parents}
            value={parentId}
            onChange={setParentId}
            error={fieldErrors.parentId}
            clearable
            searchable
          />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit" loading={loading}>
            {t('units.create')}
          </Button>
        </Group>
      </form>
      {error && !Object.keys(fieldErrors).length && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      {created && (
        <Alert color="green" role="status">
          {t('units.created', { name: created })}
        </Alert>
      )}
    </Stack>
  );
}
