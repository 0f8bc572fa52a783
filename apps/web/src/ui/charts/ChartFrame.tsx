import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { usePrinting } from './usePrinting';

/** The chart width on A4 portrait: 210 mm less 10 mm margins each side, at 96 dpi, with a little slack. */
export const PRINT_CHART_WIDTH = 680;

/**
 * Sizes a recharts chart to its box on screen and to the A4 column on paper. `children` gets
 * whether to animate: never on paper (a PDF would catch a half-drawn line), never for users who
 * asked for reduced motion.
 */
export function ChartFrame({
  height = '100%',
  children,
}: {
  height?: number | `${number}%`;
  children: (animate: boolean) => ReactElement;
}) {
  const printing = usePrinting();
  const reducedMotion =
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return (
    <ResponsiveContainer width={printing ? PRINT_CHART_WIDTH : '100%'} height={height}>
      {children(!printing && !reducedMotion)}
    </ResponsiveContainer>
  );
}
