import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { DataSourceLink } from '../../../ui/DataSourceLink';
import { useFormatters } from '../../../ui/useFormatters';
import { SectionTable } from '../../../ui/SectionTable';

export const ExitTimeline_plan = graphql(`
  fragment ExitTimeline_plan on CopyRegisterExitView {
    rows {
      edgeId
      usageName
      dataSourceId
      dataSourceName
      alternative {
        dataSourceId
        name
      }
    }
    timeline {
      edgeId
      switchDate
      dateSource
      yearlySaving
    }
  }
`);

const WIDTH = 720;
const HEIGHT = 64;
const PAD = 24;
const DAY = 86_400_000;

const byDate = (a: { switchDate?: string | null }, b: { switchDate?: string | null }) =>
  (a.switchDate ?? '9999').localeCompare(b.switchDate ?? '9999');

/**
 * The exit plan in time: each switch from a copy register at its planned (or recommended) date,
 * as a simple SVG axis for the overview and a chronological table with the cumulative saving —
 * the table is the accessible equivalent of the drawing.
 */
export function ExitTimeline({ plan: ref }: { plan: FragmentType<typeof ExitTimeline_plan> }) {
  const plan = getFragmentData(ExitTimeline_plan, ref);
  const { t } = useTranslation(['landscape', 'systems']);
  const { formatKr, formatDate } = useFormatters();
  const rows = new Map(plan.rows.map((r) => [r.edgeId, r]));
  const entries = [...plan.timeline].sort(byDate);
  const dated = entries.filter((e) => e.switchDate);
  const times = dated.map((e) => Date.parse(`${e.switchDate}T00:00:00Z`));
  const min = Math.min(...times);
  const span = Math.max(Math.max(...times) - min, 30 * DAY);
  const x = (date: string) => PAD + ((Date.parse(`${date}T00:00:00Z`) - min) / span) * (WIDTH - 2 * PAD);

  // The yearly saving reached once each switch (and all before it) is done.
  const cumulative = entries.reduce<number[]>(
    (sums, e, i) => [...sums, (i ? sums[i - 1] : 0) + e.yearlySaving],
    [],
  );
  const tableRows = entries.map((e, i) => {
    const row = rows.get(e.edgeId);
    return {
      key: e.edgeId,
      cells: [
        e.switchDate ? formatDate(e.switchDate) : t('exit.timeline.noDate'),
        row?.usageName ?? '',
        row ? (
          <span key="switch">
            <DataSourceLink id={row.dataSourceId}>{row.dataSourceName}</DataSourceLink> →{' '}
            {row.alternative ? (
              <DataSourceLink id={row.alternative.dataSourceId}>{row.alternative.name}</DataSourceLink>
            ) : (
              t('exit.noAlternative')
            )}
          </span>
        ) : (
          ''
        ),
        t(`exit.timeline.source.${e.dateSource}`),
        formatKr(e.yearlySaving),
        formatKr(cumulative[i]),
      ],
    };
  });

  return (
    <Stack gap="sm">
      <Title order={2} size="h3" id="exit-timeline">
        {t('exit.timeline.title')}
      </Title>
      {dated.length > 0 && (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          width="100%"
          style={{ maxWidth: WIDTH }}
          role="img"
          aria-label={t('exit.timeline.alt', {
            count: dated.length,
            first: formatDate(dated[0].switchDate),
            last: formatDate(dated[dated.length - 1].switchDate),
          })}
        >
          <line x1={PAD} x2={WIDTH - PAD} y1={32} y2={32} stroke="currentColor" strokeWidth={1} />
          {dated.map((e) => (
            <circle
              key={e.edgeId}
              cx={x(e.switchDate!)}
              cy={32}
              r={6}
              fill={
                e.dateSource === 'PLANNED' ? 'var(--mantine-color-blue-7)' : 'var(--mantine-color-orange-7)'
              }
            >
              <title>{`${formatDate(e.switchDate)}: ${rows.get(e.edgeId)?.usageName ?? ''}`}</title>
            </circle>
          ))}
          <text x={PAD} y={58} fontSize={12} fill="currentColor">
            {formatDate(dated[0].switchDate)}
          </text>
          <text x={WIDTH - PAD} y={58} fontSize={12} fill="currentColor" textAnchor="end">
            {formatDate(dated[dated.length - 1].switchDate)}
          </text>
        </svg>
      )}
      <SectionTable
        id="exit-timeline-table"
        title={t('exit.timeline.tableTitle')}
        empty={t('exit.timeline.empty')}
        headers={[
          t('exit.switchDate'),
          t('systems:columns.name'),
          t('exit.timeline.switch'),
          t('exit.timeline.dateSource'),
          t('exit.timeline.saving'),
          t('exit.timeline.cumulative'),
        ]}
        rows={tableRows}
      />
    </Stack>
  );
}
