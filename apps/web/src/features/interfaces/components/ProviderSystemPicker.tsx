import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProviderCatalogueSearchDocument } from '../graphql/interfaces.documents';

interface Props {
  value: string | null;
  /** The current provider's name, shown before any search has found it. */
  valueName: string | null;
  onChange: (id: string | null) => void;
  error?: string;
}

/** Searchable, optional select over the system catalogue (the API does the searching). */
export function ProviderSystemPicker({ value, valueName, onChange, error }: Props) {
  const { t } = useTranslation('interfaces');
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const query = useQuery(ProviderCatalogueSearchDocument, { variables: { search: deferred.trim() || null } });
  const data = useMemo(() => {
    const options = (query.data?.itSystems.items ?? []).map((s) => ({
      value: s.id,
      label: s.category ? `${s.name} (${s.category})` : s.name,
    }));
    if (value && valueName && !options.some((o) => o.value === value)) {
      options.unshift({ value, label: valueName });
    }
    return options;
  }, [query.data, value, valueName]);
  return (
    <Select
      label={t('form.provider')}
      description={t('form.providerHint')}
      placeholder={t('form.searchProvider')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={query.loading ? t('form.searching') : t('form.noProvider')}
      error={error ?? (query.error ? t('form.failed') : undefined)}
    />
  );
}
