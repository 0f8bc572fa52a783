import { useQuery } from '@apollo/client/react';
import { Group, Select, TextInput } from '@mantine/core';
import { BUSINESS_TYPES } from '@overblik/domain';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessType } from '../../../gql/graphql';
import { CatalogueEntryOptionsDocument } from '../graphql/catalogue-entry.documents';
import { CatalogueSearchDocument } from '../graphql/create-system.documents';

/** The KITOS facts of a catalogue entry beyond its name and description. */
export interface CatalogueExtras {
  formerName: string;
  supplierId: string | null;
  businessType: BusinessType | null;
  parentSystemId: string | null;
}

export const NO_EXTRAS: CatalogueExtras = {
  formerName: '',
  supplierId: null,
  businessType: null,
  parentSystemId: null,
};

/** The extras as the API takes them: an empty former name is none. */
export const extrasInput = (extras: CatalogueExtras) => ({
  ...extras,
  formerName: extras.formerName.trim() || null,
});

interface Props {
  value: CatalogueExtras;
  onChange: (patch: Partial<CatalogueExtras>) => void;
  /** A field's error message, if any. */
  error: (field: keyof CatalogueExtras) => string | undefined;
  /** The entry being edited: not offered as its own parent. */
  selfId?: string;
  /** The stored parent, shown before the first search finds it. */
  currentParent?: { id: string; name: string } | null;
}

/**
 * Former name, rights holder, business type and parent system, for a new catalogue entry and an
 * edited one alike. The parent is searched in the catalogue by the API, as the catalogue is large.
 */
export function CatalogueEntryFields({ value, onChange, error, selfId, currentParent }: Props) {
  const { t } = useTranslation('systems');
  const options = useQuery(CatalogueEntryOptionsDocument);
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const catalogue = useQuery(CatalogueSearchDocument, { variables: { search: deferred.trim() || null } });
  const found = (catalogue.data?.itSystems.items ?? []).filter((s) => s.id !== selfId);
  const parents = [
    ...(currentParent && !found.some((s) => s.id === currentParent.id) ? [currentParent] : []),
    ...found,
  ].map((s) => ({ value: s.id, label: s.name }));

  return (
    <>
      <TextInput
        label={t('catalogue.formerName')}
        description={t('catalogue.formerNameHint')}
        value={value.formerName}
        onChange={(e) => onChange({ formerName: e.currentTarget.value })}
        error={error('formerName')}
      />
      <Group grow align="flex-start">
        <Select
          label={t('catalogue.supplier')}
          data={(options.data?.suppliers.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={value.supplierId}
          onChange={(supplierId) => onChange({ supplierId })}
          searchable
          clearable
          error={error('supplierId') ?? (options.error ? t('form.failed') : undefined)}
        />
        <Select
          label={t('catalogue.businessType')}
          data={BUSINESS_TYPES.map((b) => ({ value: b, label: t(`catalogue.businessTypes.${b}`) }))}
          value={value.businessType}
          onChange={(businessType) => onChange({ businessType })}
          searchable
          clearable
          error={error('businessType')}
        />
      </Group>
      <Select
        label={t('catalogue.parentSystem')}
        description={t('catalogue.parentHint')}
        placeholder={t('catalogue.searchCatalogue')}
        data={parents}
        value={value.parentSystemId}
        onChange={(parentSystemId) => onChange({ parentSystemId })}
        searchable
        clearable
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: all }) => all}
        nothingFoundMessage={catalogue.loading ? t('create.searching') : t('catalogue.noMatch')}
        error={error('parentSystemId') ?? (catalogue.error ? t('form.failed') : undefined)}
      />
    </>
  );
}
