import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A table's horizontal scroll container that keyboard users can reach: it takes focus (so the
 * arrow keys scroll it) and is named after the table, as WCAG 2.1.1 and axe's
 * scrollable-region-focusable ask of any region that may scroll.
 */
export function ScrollTable({
  label,
  minWidth,
  maxHeight,
  children,
}: {
  label: string;
  minWidth: number;
  maxHeight?: number;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
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
}
