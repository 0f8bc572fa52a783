import { Button, Collapse, Group, MultiSelect, Select, Stack } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandscapeFilters, LandscapeNode } from '../landscape-model';
import { COLOUR_MODES, DATA_SOURCE_COLOURS, LIFECYCLE_COLOURS, type ColourMode } from '../landscape-colours';
import { GROUP_BYS, type GroupBy } from '../landscape-grouping';

export interface LandscapeToolbarProps {
  nodes: readonly LandscapeNode[];
  filters: LandscapeFilters;
  onFilters(filters: LandscapeFilters): void;
  onSearch(id: string): void;
  onFit(): void;
  onPng(): void;
  onSvg(): void;
  colourMode: ColourMode;
  onColourMode(mode: ColourMode): void;
  groupBy: GroupBy;
  onGroupBy(by: GroupBy): void;
  /** Groups currently collapsed; "expand all" shows while any is. */
  collapsedCount: number;
  onExpandAll(): void;
}

// One collator: localeCompare with a locale builds one per call, seconds for thousands of names.
const collator = new Intl.Collator('da');

/**
 * Search and focus, fit to screen and PNG/SVG export on one line; filters (unit, task area,
 * lifecycle, data-source kind), colour mode and collapsing by group behind a toggle, so the map
 * starts high on the page.
 */
export function LandscapeToolbar({
  nodes,
  filters,
  onFilters,
  onSearch,
  onFit,
  onPng,
  onSvg,
  colourMode,
  onColourMode,
  groupBy,
  onGroupBy,
  collapsedCount,
  onExpandAll,
}: LandscapeToolbarProps) {
  const { t } = useTranslation(['landscape', 'systems', 'dataSources']);
  const options = useMemo(
    () =>
      [...nodes]
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((n) => ({ value: n.id, label: n.name })),
    [nodes],
  );
  const units = useMemo(() => {
    const seen = new Map<string, string>();
    for (const n of nodes)
      if (n.kind === 'USAGE') seen.set(n.unitId ?? 'none', n.unitName ?? t('impact.noUnit'));
    return [...seen]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [nodes, t]);
  const taskAreas = useMemo(
    () => [...new Set(nodes.flatMap((n) => n.taskAreas))].sort(collator.compare),
    [nodes],
  );
  const active =
    filters.unitIds.length +
    filters.taskAreas.length +
    filters.lifecycles.length +
    filters.dataSourceKinds.length;
  const [open, setOpen] = useState(false);
  const panelId = useId();

  return (
    <Stack gap="sm">
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
        <Button
          variant={open ? 'light' : 'default'}
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          {active ? t('toolbar.filtersActive', { count: active }) : t('toolbar.filters')}
        </Button>
        {collapsedCount > 0 && (
          <Button variant="default" onClick={onExpandAll}>
            {t('toolbar.expandAll')}
          </Button>
        )}
        <Button variant="default" onClick={onFit}>
          {t('toolbar.fit')}
        </Button>
        <Button variant="default" onClick={onPng}>
          {t('toolbar.png')}
        </Button>
        <Button variant="default" onClick={onSvg}>
          {t('toolbar.svg')}
        </Button>
      </Group>
      <Collapse expanded={open} id={panelId}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <MultiSelect
            label={t('toolbar.unit')}
            data={units}
            value={filters.unitIds}
            onChange={(unitIds) => onFilters({ ...filters, unitIds })}
            clearable
            w={220}
          />
          <MultiSelect
            label={t('toolbar.taskArea')}
            data={taskAreas}
            value={filters.taskAreas}
            onChange={(chosen) => onFilters({ ...filters, taskAreas: chosen })}
            clearable
            searchable
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
          <Select
            label={t('toolbar.colourBy')}
            data={COLOUR_MODES.map((mode) => ({ value: mode, label: t(`colourMode.${mode}`) }))}
            value={colourMode}
            onChange={(mode) => mode && onColourMode(mode)}
            allowDeselect={false}
            w={200}
          />
          <Select
            label={t('toolbar.collapseBy')}
            data={GROUP_BYS.map((by) => ({ value: by, label: t(`groupBy.${by}`) }))}
            value={groupBy}
            onChange={(by) => by && onGroupBy(by)}
            allowDeselect={false}
            w={220}
          />
        </Group>
      </Collapse>
    </Stack>
  );
}
