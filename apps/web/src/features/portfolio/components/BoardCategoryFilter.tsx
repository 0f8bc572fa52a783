import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../../gql';
import { DIMENSIONS } from '../dimensions';
import { PrioritisationModelDocument } from '../graphql/prioritisation.documents';

export const BoardCategoryFilter_category = graphql(`
  fragment BoardCategoryFilter_category on Category {
    id
    dimension
    name
  }
`);

/** Picks one category of the prioritisation model (grouped by dimension) to filter the board by. */
export function BoardCategoryFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (categoryId: string | null) => void;
}) {
  const { t } = useTranslation('portfolio');
  const { data } = useQuery(PrioritisationModelDocument);
  const categories = getFragmentData(
    BoardCategoryFilter_category,
    data?.prioritisationModel?.categories ?? [],
  );
  const groups = DIMENSIONS.map((d) => ({
    group: t(`prioritisation.dimensions.${d}`),
    items: categories.filter((c) => c.dimension === d).map((c) => ({ value: c.id, label: c.name })),
  })).filter((g) => g.items.length);
  if (!groups.length) return null;
  return (
    <Select
      label={t('board.categoryFilter')}
      placeholder={t('board.allCategories')}
      data={groups}
      value={value}
      onChange={onChange}
      clearable
      searchable
      maw={320}
      mb="sm"
    />
  );
}
