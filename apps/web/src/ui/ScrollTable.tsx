import { Table, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A table's horizontal scroll container that keyboard users can reach: it takes focus (so the
 * arrow keys scroll it) and is a region named after the table, as WCAG 2.1.1 and axe's
 * scrollable-region-focusable ask of any area that may scroll. On a phone every wide table
 * scrolls here, inside its region, never the page (WCAG 1.4.10).
 */
export function ScrollTable({
  label,
  minWidth,
  maxHeight,
  mt,
  children,
}: {
  label: string;
  minWidth: number;
  maxHeight?: number;
  mt?: MantineSpacing;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      maxHeight={maxHeight}
      mt={mt}
      tabIndex={0}
      role="region"
      // Named apart from the section around it, so the two landmarks are told apart.
      aria-label={t('scrollTable', { name: label })}
    >
      {children}
    </Table.ScrollContainer>
  );
}
