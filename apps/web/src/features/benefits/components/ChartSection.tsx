import { Stack, Title, VisuallyHidden } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import classes from './dashboard.module.css';

export interface ChartSectionProps {
  title: string;
  /**
   * The chart is decoration for sighted users (hidden and inert: recharts' surface takes focus);
   * the table carries the same numbers for everyone.
   */
  chart: ReactNode;
  /** A table without controls: it may be visually hidden, and hidden things must not take focus. */
  table: ReactNode;
  /** "Vis som tabel": show the table instead of the chart. */
  showTable: boolean;
}

/** A chart with the same data as a table: visible on request, always there for screen readers. */
export function ChartSection({ title, chart, table, showTable }: ChartSectionProps) {
  const headingId = useId();
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" className={classes.section}>
      <Title order={2} id={headingId} size="h3">
        {title}
      </Title>
      {showTable ? (
        table
      ) : (
        <>
          <div className={classes.chart} aria-hidden="true" inert>
            {chart}
          </div>
          <VisuallyHidden>{table}</VisuallyHidden>
        </>
      )}
    </Stack>
  );
}
