import { Stack, Table, type MantineSpacing } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { shownColumns } from './table/shown-columns';
import { TableExport } from './table/TableExport';

/**
 * A table's horizontal scroll container that keyboard users can reach: it takes focus (so the
 * arrow keys scroll it) and is a group named after the table, as WCAG 2.1.1 and axe's
 * scrollable-region-focusable ask of any area that may scroll. On a phone every wide table
 * scrolls here, inside its region, never the page (WCAG 1.4.10). With `exportName`, CSV and Excel
 * export of the table as it shows (these tables show every field they have: no column choice).
 */
export function ScrollTable({
  label,
  minWidth,
  maxHeight,
  mt,
  exportName,
  children,
}: {
  label: string;
  minWidth: number;
  maxHeight?: number;
  mt?: MantineSpacing;
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
      mt={exportName ? undefined : mt}
      tabIndex={0}
      // A group, not a second region: the section around a table usually bears the table's name,
      // and two regions of one name could not be told apart.
      role="group"
      aria-label={label}
    >
      {children}
    </Table.ScrollContainer>
  );
  if (!exportName) return table;
  return (
    <Stack gap="xs" mt={mt}>
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
