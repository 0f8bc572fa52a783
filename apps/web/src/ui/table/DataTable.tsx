import { Group, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/useViewer';
import { ColumnChooser } from './ColumnChooser';
import { storeColumns, storedColumns } from './column-memory';
import classes from './DataTable.module.css';
import type { TableViewConfig } from './saved-view-config';
import { SavedViewsControl } from './SavedViewsControl';
import type { ExportScope } from './table-export';
import { TableExport } from './TableExport';
import { ScrollTable } from '../ScrollTable';

export interface DataColumn<T> {
  id: string;
  header: string;
  /** The text shown, filtered on and exported. */
  text: (row: T) => string;
  /** Sort and export value when it differs from the text (numbers, ISO dates). */
  value?: (row: T) => string | number | null;
  /** Rich cell content; defaults to the text. */
  cell?: (row: T) => ReactNode;
  numeric?: boolean;
}

export interface DataTableProps<T> {
  data: readonly T[];
  columns: readonly DataColumn<T>[];
  caption: string;
  getRowId: (row: T) => string;
  /** File name (without extension) and sheet name for exports. */
  exportName: string;
  initialHidden?: readonly string[];
  /** The first column is the row header (the row's name). */
  rowHeader?: boolean;
  /**
   * Enables saved views for this table under this key (e.g. 'systems', 'contracts'), and
   * remembers the user's column choice for it.
   */
  savedViewsKey?: string;
  /** Row actions, in a last column that stays in view when the table scrolls sideways. */
  actions?: { header: string; cell: (row: T) => ReactNode };
}

const includesText = (text: string, filter: unknown) =>
  text.toLocaleLowerCase('da').includes(String(filter).trim().toLocaleLowerCase('da'));

/** A sortable, filterable table with a column chooser and CSV/XLSX export of the filtered rows: shown or all columns. */
export function DataTable<T>({
  data,
  columns,
  caption,
  getRowId,
  exportName,
  initialHidden = [],
  rowHeader = true,
  savedViewsKey,
  actions,
}: DataTableProps<T>) {
  const { t } = useTranslation('systems');
  const { viewer, organisation } = useViewer();
  const scope = `${viewer?.id ?? ''}.${organisation?.id ?? ''}`;
  const [sorting, setSorting] = useState<SortingState>([]);
  const initialVisibility = useMemo<VisibilityState>(
    () => Object.fromEntries(initialHidden.map((id) => [id, false])),
    [initialHidden],
  );
  const [visibility, setVisibility] = useState<VisibilityState>(() => ({
    ...initialVisibility,
    ...(savedViewsKey ? storedColumns(scope, savedViewsKey) : null),
  }));
  // Every change of columns, by the chooser or a view, is the one the next visit starts with.
  useEffect(() => {
    if (savedViewsKey) storeColumns(scope, savedViewsKey, visibility);
  }, [scope, savedViewsKey, visibility]);
  const [columnFilters, setColumnFilters] = useState<{ id: string; value: unknown }[]>([]);
  const currentView = (): TableViewConfig => ({ columnVisibility: visibility, sorting, columnFilters });
  const applyView = useCallback(
    (config: TableViewConfig | null) => {
      setSorting(config?.sorting ?? []);
      setVisibility(config ? { ...initialVisibility, ...config.columnVisibility } : initialVisibility);
      setColumnFilters(config?.columnFilters ?? []);
    },
    [initialVisibility],
  );

  const defs = useMemo<ColumnDef<T>[]>(
    () =>
      columns.map((column) => ({
        id: column.id,
        header: column.header,
        accessorFn: (row: T) => column.value?.(row) ?? column.text(row),
        sortUndefined: 'last',
        filterFn: (row, _id, filter) => includesText(column.text(row.original), filter),
        meta: column,
      })),
    [columns],
  );

  // TanStack Table keeps its own state and is not memoisable by the React Compiler; it skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: data as T[],
    columns: defs,
    state: { sorting, columnVisibility: visibility, columnFilters },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setVisibility,
    onColumnFiltersChange: setColumnFilters,
    getRowId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });

  const visible = table.getVisibleLeafColumns();
  const rows = table.getRowModel().rows;
  const metaOf = (id: string) => columns.find((c) => c.id === id)!;
  // The row header (the first visible column) keeps the row's name in view while scrolling.
  const stickyStart = (id: string) => (rowHeader && visible[0]?.id === id ? classes.stickyStart : undefined);

  // The filtered, sorted rows; their shown columns, or every column including those hidden.
  const exportColumns = (scope: ExportScope) =>
    (scope === 'all' ? table.getAllLeafColumns() : visible).map((col) => {
      const meta = metaOf(col.id);
      return {
        header: meta.header,
        values: rows.map((r) => (meta.numeric ? (meta.value?.(r.original) ?? null) : meta.text(r.original))),
      };
    });

  return (
    <>
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Text size="sm" role="status">
          {t('table.showing', { shown: rows.length, total: data.length })}
        </Text>
        <Group gap="xs" align="flex-end">
          {savedViewsKey && (
            <SavedViewsControl tableKey={savedViewsKey} current={currentView} apply={applyView} />
          )}
          <ColumnChooser
            columns={table.getAllLeafColumns().map((col) => ({
              id: col.id,
              label: metaOf(col.id).header,
              visible: col.getIsVisible(),
              toggle: (on: boolean) => col.toggleVisibility(on),
            }))}
          />
          <TableExport name={exportName} columns={exportColumns} />
        </Group>
      </Group>
      <ScrollTable label={caption} minWidth={720}>
        <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {visible.map((col) => {
                const meta = metaOf(col.id);
                const sorted = col.getIsSorted();
                return (
                  <Table.Th
                    key={col.id}
                    scope="col"
                    className={stickyStart(col.id)}
                    ta={meta.numeric ? 'right' : undefined}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    <UnstyledButton
                      onClick={col.getToggleSortingHandler()}
                      fw={700}
                      fz="sm"
                      aria-label={t('table.sortBy', { column: meta.header })}
                    >
                      {meta.header} {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </UnstyledButton>
                  </Table.Th>
                );
              })}
              {actions && (
                <Table.Th scope="col" className={classes.stickyEnd}>
                  {actions.header}
                </Table.Th>
              )}
            </Table.Tr>
            <Table.Tr>
              {visible.map((col) => (
                <Table.Td key={col.id} className={stickyStart(col.id)}>
                  <TextInput
                    size="xs"
                    aria-label={t('table.filterBy', { column: metaOf(col.id).header })}
                    placeholder={t('table.filter')}
                    value={(col.getFilterValue() as string | undefined) ?? ''}
                    onChange={(event) => col.setFilterValue(event.currentTarget.value || undefined)}
                  />
                </Table.Td>
              ))}
              {actions && <Table.Td className={classes.stickyEnd} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={visible.length + (actions ? 1 : 0)}>{t('table.noRows')}</Table.Td>
              </Table.Tr>
            )}
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                {visible.map((col, index) => {
                  const meta = metaOf(col.id);
                  const content = meta.cell ? meta.cell(row.original) : meta.text(row.original);
                  return index === 0 && rowHeader ? (
                    <Table.Th key={col.id} scope="row" fw={500} className={classes.stickyStart}>
                      {content}
                    </Table.Th>
                  ) : (
                    <Table.Td key={col.id} ta={meta.numeric ? 'right' : undefined}>
                      {content}
                    </Table.Td>
                  );
                })}
                {actions && <Table.Td className={classes.stickyEnd}>{actions.cell(row.original)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </>
  );
}
