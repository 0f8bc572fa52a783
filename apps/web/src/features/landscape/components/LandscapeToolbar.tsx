import { Button, Group, MultiSelect, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandscapeFilters, LandscapeNode } from '../landscape-model';
import { DATA_SOURCE_COLOURS, LIFECYCLE_COLOURS } from '../landscape-colours';

export interface LandscapeToolbarProps {
  nodes: readonly LandscapeNode[];
  filters: LandscapeFilters;
  onFilters(filters: LandscapeFilters): void;
  onSearch(id: string): void;
  onFit(): void;
  onPng(): void;
}

/** Search and focus, filters (unit, lifecycle, data-source kind), fit to screen and PNG export. */
export function LandscapeToolbar({
  nodes,
  filters,
  onFilters,
  onSearch,
  onFit,
  onPng,
}: LandscapeToolbarProps) {
  const { t } = useTranslation(['landscape', 'systems', 'dataSources']);
  const options = useMemo(
    () =>
      [...nodes]
        .sort((a, b) => a.name.localeCompare(b.name, 'da'))
        .map((n) => ({ value: n.id, label: n.name })),
    [nodes],
  );
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const n of nodes)
      if (n.kind === 'USAGE') seen.set(n.unitId ?? 'none', n.unitName ?? t('impact.noUnit'));
    return [...seen]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'da'));
  }, [nodes, t]);

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <Select
        label={t('toolbar.search')}
        placeholder={t('toolbar.searchPlaceholder')}
        data={options}
        searchable
        limit={50}
        value={null}
        onChange={(id) => id && onSearch(id)}
        w={260}
      />
      <MultiSelect
        label={t('toolbar.unit')}
        data={units}
        value={filters.unitIds}
        onChange={(unitIds) => onFilters({ ...filters, unitIds })}
        clearable
        w={220}
      />
      <MultiSelect
        label={t('systems:columns.lifecycle')}
        data={Object.keys(LIFECYCLE_COLOURS).map((l) => ({
          value: l,
          label: t(`systems:lifecycle.${l as 'IN_USE'}`),
        }))}
        value={filters.lifecycles}
        onChange={(lifecycles) => onFilters({ ...filters, lifecycles })}
        clearable
        w={220}
      />
      <MultiSelect
        label={t('toolbar.dataSourceKind')}
        data={Object.keys(DATA_SOURCE_COLOURS).map((k) => ({
          value: k,
          label: t(`dataSources:kind.${k as 'BASE_REGISTER'}`),
        }))}
        value={filters.dataSourceKinds}
        onChange={(dataSourceKinds) => onFilters({ ...filters, dataSourceKinds })}
        clearable
        w={220}
      />
      <Button variant="default" onClick={onFit}>
        {t('toolbar.fit')}
      </Button>
      <Button variant="default" onClick={onPng}>
        {t('toolbar.png')}
      </Button>
    </Group>
  );
}
