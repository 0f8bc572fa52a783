import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, List, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { CategoriesEditor_CategoryFragment, CategoryDimension } from '../../../gql/graphql';
import { DIMENSIONS } from '../dimensions';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import {
  CreateCategoryDocument,
  DeleteCategoryDocument,
  UpdateCategoryDocument,
} from '../graphql/prioritisation.documents';

export const CategoriesEditor_category = graphql(`
  fragment CategoriesEditor_category on Category {
    id
    version
    dimension
    name
  }
`);

type Category = CategoriesEditor_CategoryFragment;

function CategoryItem({
  category,
  canEdit,
  onDone,
}: {
  category: Category;
  canEdit: boolean;
  onDone: (message: string, listChanged: boolean) => void;
}) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState(category.name);
  // A rename comes back with every view's fragment of the category; a deletion changes the list.
  const [update, updating] = useMutation(UpdateCategoryDocument);
  const [remove, removing] = useMutation(DeleteCategoryDocument);
  const error = updating.error ?? removing.error;
  const fieldErrors = apiFieldErrors(updating.error);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const result = await update({
      variables: {
        input: { id: category.id, version: category.version, dimension: category.dimension, name },
      },
    }).catch(() => null);
    if (result?.data) {
      setEditing(false);
      onDone(t('prioritisation.categorySaved', { name: result.data.updateCategory.name }), false);
    }
  };
  const del = async () => {
    const result = await remove({ variables: { id: category.id, version: category.version } }).catch(
      () => null,
    );
    if (result?.data?.deleteCategory)
      onDone(t('prioritisation.categoryDeleted', { name: category.name }), true);
  };

  if (editing) {
    return (
      <List.Item>
        <form onSubmit={(e) => void save(e)} noValidate>
          <Group gap="xs" align="flex-start">
            <TextInput
              size="xs"
              label={t('prioritisation.renameCategory', { name: category.name })}
              value={name}
              error={fieldErrors.name}
              onChange={(e) => setName(e.currentTarget.value)}
              data-autofocus
            />
            <Button type="submit" size="xs" mt={22} loading={updating.loading}>
              {t('prioritisation.save')}
            </Button>
            <Button size="xs" mt={22} variant="default" onClick={() => setEditing(false)}>
              {t('prioritisation.cancel')}
            </Button>
          </Group>
        </form>
      </List.Item>
    );
  }
  return (
    <List.Item>
      <Group gap="xs" wrap="nowrap">
        <Text>{category.name}</Text>
        {canEdit && !confirming && (
          <>
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={t('prioritisation.editCategory', { name: category.name })}
              onClick={() => setEditing(true)}
            >
              {t('prioritisation.renameButton')}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              aria-label={t('prioritisation.deleteCategory', { name: category.name })}
              onClick={() => setConfirming(true)}
            >
              {t('prioritisation.deleteButton')}
            </Button>
          </>
        )}
      </Group>
      {confirming && (
        <Stack gap={4} mt={4}>
          <Text size="sm">{t('prioritisation.deleteCategoryConfirm', { name: category.name })}</Text>
          <Group gap="xs">
            <Button size="compact-xs" color="red" loading={removing.loading} onClick={() => void del()}>
              {t('prioritisation.deleteCategory', { name: category.name })}
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
              {t('prioritisation.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {error && !Object.keys(fieldErrors).length && (
        <Alert color="red" role="alert" mt={4}>
          {describeError(error)}
        </Alert>
      )}
    </List.Item>
  );
}

function DimensionCard({
  dimension,
  categories,
  canEdit,
  onDone,
}: {
  dimension: CategoryDimension;
  categories: readonly Category[];
  canEdit: boolean;
  onDone: (message: string, listChanged: boolean) => void;
}) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const titleId = useId();
  const dimensionName = t(`prioritisation.dimensions.${dimension}`);
  const [name, setName] = useState('');
  const [create, { loading, error }] = useMutation(CreateCategoryDocument);
  const fieldErrors = apiFieldErrors(error);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const result = await create({ variables: { input: { dimension, name } } }).catch(() => null);
    if (!result?.data) return;
    setName('');
    onDone(t('prioritisation.categoryCreated', { name: result.data.createCategory.name }), true);
  };
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId} mb="xs">
        {dimensionName}
      </Title>
      {categories.length ? (
        <List spacing={4} aria-labelledby={titleId}>
          {categories.map((c) => (
            <CategoryItem key={c.id} category={c} canEdit={canEdit} onDone={onDone} />
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('prioritisation.noCategories')}
        </Text>
      )}
      {canEdit && (
        <form onSubmit={(e) => void add(e)} noValidate>
          <Group gap="xs" align="flex-start" mt="sm">
            <TextInput
              size="xs"
              label={t('prioritisation.categoryName', { dimension: dimensionName })}
              value={name}
              error={fieldErrors.name ?? fieldErrors.dimension}
              onChange={(e) => setName(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button
              type="submit"
              size="xs"
              mt={22}
              loading={loading}
              aria-label={t('prioritisation.addCategoryLabel', { dimension: dimensionName })}
            >
              {t('prioritisation.addCategory')}
            </Button>
          </Group>
          {error && !Object.keys(fieldErrors).length && (
            <Alert color="red" role="alert" mt={4}>
              {describeError(error)}
            </Alert>
          )}
        </form>
      )}
    </Card>
  );
}

/** The model's categories, one card per dimension, each editable in place. */
export function CategoriesEditor({
  categories: refs,
  canEdit,
  onChanged,
}: {
  categories: readonly FragmentType<typeof CategoriesEditor_category>[];
  canEdit: boolean;
  /** After a category was created or deleted: the list changes. A rename comes back in its result. */
  onChanged: () => Promise<unknown>;
}) {
  const categories = getFragmentData(CategoriesEditor_category, refs);
  const { t } = useTranslation('portfolio');
  const titleId = useId();
  const [done, setDone] = useState<string | null>(null);
  const finish = (message: string, listChanged: boolean) => {
    setDone(message);
    if (listChanged) void onChanged();
  };
  return (
    <Stack gap="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId}>
        {t('prioritisation.categories')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('prioritisation.categoriesHelp')}
      </Text>
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
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {DIMENSIONS.map((d) => (
          <DimensionCard
            key={d}
            dimension={d}
            categories={categories.filter((c) => c.dimension === d)}
            canEdit={canEdit}
            onDone={finish}
          />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
