import { Tooltip, VisuallyHidden } from '@mantine/core';
import { useFormatters } from '../../../ui/useFormatters';
import classes from './dashboard.module.css';

/**
 * A kroner amount on a headline tile: the compact form ('3,2 mio. kr.') so the number is never
 * cut, the exact amount on hover and on keyboard focus, and read out to screen readers.
 * `exact` shows the whole amount instead, as the table view does.
 */
export function KpiAmount({ value, exact, testId }: { value: number; exact: boolean; testId?: string }) {
  const { formatKr, formatCompactKr } = useFormatters();
  const full = formatKr(value);
  const compact = formatCompactKr(value);
  if (exact || compact === full) {
    return (
      <span className={classes.kpiNumber} data-testid={testId}>
        {full}
      </span>
    );
  }
  return (
    <>
      <Tooltip label={full} events={{ hover: true, focus: true, touch: true }} withArrow>
        {/* Focusable so keyboard users reach the exact amount too. */}
        <span className={classes.kpiNumber} tabIndex={0} data-testid={testId} data-exact={full}>
          {compact}
        </span>
      </Tooltip>
      <VisuallyHidden>({full})</VisuallyHidden>
    </>
  );
}
