import { Stack, Table } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { shownColumns } from './table/shown-columns';
import { TableExport } from './table/TableExport';

/**
 * A table's horizontal scroll container that keyboard users can reach: it takes focus (so the
 * arrow keys scroll it) and is named after the table, as WCAG 2.1.1 and axe's
 * scrollable-region-focusable ask of any region that may scroll. With `exportName`, CSV and Excel
 * export of the table as it shows (these tables show every field they have: no column choice).
 */
export function ScrollTable({
  label,
  minWidth,
  maxHeight,
  exportName,
  children,
}: {
  label: string;
  minWidth: number;
  maxHeight?: number;
  /** File and sheet name of the table's export; no export without it. */
  exportName?: string;
  children: ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const table = (
    <Table.ScrollContainer
      ref={container}
      type="native"
      minWidth={minWidth}
      maxHeight={maxHeight}
      tabIndex={0}
      role="group"
      aria-label={label}
    >
      {children}
    </Table.ScrollContainer>
  );
  if (!exportName) return table;
  return (
    <Stack gap="xs">
      <TableExport
        name={exportName}
        choice={false}
        columns={() => {
          const element = container.current?.querySelector('table');
          return element ? shownColumns(element) : [];
        }}
      />
      {table}
    </Stack>
  );
}
