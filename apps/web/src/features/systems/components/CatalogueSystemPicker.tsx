import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueSearchDocument } from '../graphql/create-system.documents';

interface Props {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}

/** Searchable select over the shared catalogue (and local entries); the API does the searching. */
export function CatalogueSystemPicker({ value, onChange, error }: Props) {
  const { t } = useTranslation('systems');
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const query = useQuery(CatalogueSearchDocument, { variables: { search: deferred.trim() || null } });
  const items = query.data?.itSystems.items ?? [];
  return (
    <Select
      label={t('create.catalogueSystem')}
      description={t('create.catalogueHint')}
      placeholder={t('create.searchCatalogue')}
      data={items.map((s) => ({ value: s.id, label: s.category ? `${s.name} (${s.category})` : s.name }))}
      value={value}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={query.loading ? t('create.searching') : t('create.noCatalogueMatch')}
      required
      error={error ?? (query.error ? t('form.failed') : undefined)}
    />
  );
}
