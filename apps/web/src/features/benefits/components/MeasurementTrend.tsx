import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../ui/charts/ChartFrame';
import { useFormatters } from '../../../ui/useFormatters';
import classes from './dashboard.module.css';

export interface TrendPoint {
  measuredOn: string;
  value: number;
}

/**
 * A benefit's measurements as a line over time, oldest left. Decoration beside the table, which
 * carries the same numbers for everyone (so the chart is hidden from assistive technology).
 */
export function MeasurementTrend({ points, unit }: { points: readonly TrendPoint[]; unit: string }) {
  const { formatDate, formatNumber } = useFormatters();
  const data = [...points].sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  return (
    <div className={classes.trend} aria-hidden="true" inert data-testid="measurement-trend">
      <ChartFrame>
        {(animate) => (
          <LineChart
            accessibilityLayer={false}
            data={data}
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="measuredOn"
              tickFormatter={(d: string) => formatDate(d, { dateStyle: 'short' })}
              tick={{ fontSize: 12 }}
              minTickGap={24}
            />
            <YAxis
              tickFormatter={(v: number) =>
                formatNumber(v, { notation: 'compact', maximumFractionDigits: 1 })
              }
              tick={{ fontSize: 12 }}
              width={64}
            />
            <Tooltip
              formatter={(value) => [formatNumber(Number(value)), unit]}
              labelFormatter={(label) => formatDate(String(label))}
            />
            <Line
              isAnimationActive={animate}
              type="monotone"
              dataKey="value"
              name={unit}
              stroke="#2b7a3d"
              strokeWidth={2}
              dot={{ r: 3 }}
            />
          </LineChart>
        )}
      </ChartFrame>
    </div>
  );
}
