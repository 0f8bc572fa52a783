import { Anchor, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { timelineLabels } from '@overblik/domain';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormatters } from '../../../ui/useFormatters';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { contractPath, type UnitRef } from '../contract-types';
import { groupContracts, position, span, timelineRange, type TimelineGrouping } from '../timeline-model';
import classes from './Timeline.module.css';
import { TimelineTable } from './TimelineTable';

export const ContractTimeline_row = graphql(`
  fragment ContractTimeline_row on Contract {
    id
    version
    name
    startDate
    supplier {
      id
      name
    }
    economyLines {
      unitId
    }
    coveredUsages {
      id
      name
    }
    dates {
      currentEnd
      effectiveEndWithOptions
      latestNoticeDate
      retender {
        decisionDate
      }
      retenderWithOptions {
        decisionDate
      }
    }
  }
`);

export const ContractTimeline_unit = graphql(`
  fragment ContractTimeline_unit on Unit {
    id
    name
  }
`);

interface Props {
  rows: readonly FragmentType<typeof ContractTimeline_row>[];
  units: readonly FragmentType<typeof ContractTimeline_unit>[];
  today: string;
}

/**
 * Gantt-style timeline: contract period, remaining options, the re-tender window (decision date
 * → latest notice date) and today's line, grouped by supplier or unit. Each row's name is a link
 * (keyboard access); the bar is a larger click target for the mouse. A table shows the same dates.
 */
export function ContractTimeline({ rows: refs, units: unitRefs, today }: Props) {
  const rows = getFragmentData(ContractTimeline_row, refs);
  const units: readonly UnitRef[] = getFragmentData(ContractTimeline_unit, unitRefs);
  const { t } = useTranslation('contracts');
  const { formatDate } = useFormatters();
  const navigate = useNavigate();
  const [groupBy, setGroupBy] = useState<TimelineGrouping>('supplier');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const groups = useMemo(() => groupContracts(rows, groupBy, units), [rows, groupBy, units]);
  // Each row shows what tells it apart from the others in its group (the rule is in the domain).
  const labels = useMemo(
    () =>
      new Map(
        groups.flatMap((group) => [
          ...timelineLabels(
            group.rows.map((row) => ({
              id: row.id,
              name: row.name,
              supplierName: row.supplier?.name ?? null,
              systemNames: row.coveredUsages.map((u) => u.name),
            })),
            groupBy,
          ),
        ]),
      ),
    [groups, groupBy],
  );
  const range = useMemo(() => timelineRange(today), [today]);
  const todayAt = position(range, today);
  const groupLabel = (label: string | null) =>
    label ?? (groupBy === 'supplier' ? t('timeline.noSupplier') : t('timeline.noUnit'));

  return (
    <Stack gap="sm">
      <Group gap="lg" wrap="wrap">
        <SegmentedControl
          aria-label={t('timeline.groupBy')}
          value={groupBy}
          onChange={(v) => setGroupBy(v)}
          data={[
            { value: 'supplier', label: t('timeline.bySupplier') },
            { value: 'unit', label: t('timeline.byUnit') },
          ]}
        />
        <SegmentedControl
          aria-label={t('timeline.view')}
          value={view}
          onChange={(v) => setView(v)}
          data={[
            { value: 'chart', label: t('timeline.chart') },
            { value: 'table', label: t('timeline.table') },
          ]}
        />
      </Group>
      {view === 'table' ? (
        <TimelineTable groups={groups} groupLabel={groupLabel} />
      ) : (
        <figure aria-label={t('timeline.caption')} style={{ margin: 0 }}>
          <Group gap="md" mb="xs" wrap="wrap" aria-hidden>
            <Text size="xs">
              <span className={`${classes.legend} ${classes.period}`} style={{ position: 'static' }} />
              {t('timeline.period')}
            </Text>
            <Text size="xs">
              <span className={`${classes.legend} ${classes.options}`} style={{ position: 'static' }} />
              {t('timeline.options')}
            </Text>
            <Text size="xs">
              <span className={`${classes.legend} ${classes.window}`} style={{ position: 'static' }} />
              {t('timeline.noticeWindow')}
            </Text>
            <Text size="xs">
              <span
                className={classes.legend}
                style={{ borderLeft: '2px solid var(--mantine-color-red-8)' }}
              />
              {t('timeline.today')}
            </Text>
          </Group>
          <div className={classes.grid}>
            <span />
            <div className={classes.axis} aria-hidden>
              {range.years.map((year) => (
                <span
                  key={year}
                  className={classes.tick}
                  style={{ left: `${position(range, `${year}-01-01`)}%` }}
                >
                  {year}
                </span>
              ))}
              <span className={classes.today} style={{ left: `${todayAt}%` }} title={t('timeline.today')} />
            </div>
            {groups.map((group) => (
              <Fragment key={group.key}>
                <Text className={classes.groupHeading} component="h3" size="sm">
                  {groupLabel(group.label)}
                </Text>
                {group.rows.map((row) => {
                  const d = row.dates;
                  const period = span(range, row.startDate, d.currentEnd);
                  const options =
                    d.effectiveEndWithOptions && d.effectiveEndWithOptions !== d.currentEnd
                      ? span(range, d.currentEnd, d.effectiveEndWithOptions)
                      : null;
                  const window = span(range, d.retender.decisionDate, d.latestNoticeDate);
                  const label = t('timeline.bar', {
                    name: row.name,
                    start: formatDate(row.startDate),
                    end: formatDate(d.currentEnd),
                  });
                  const shown = labels.get(row.id) ?? row.name;
                  return (
                    <Fragment key={row.id}>
                      {/* The full name on hover, and for screen readers after the shown part. */}
                      <Anchor
                        component={Link}
                        to={contractPath(row.id)}
                        size="sm"
                        truncate="end"
                        title={row.name}
                        aria-label={shown === row.name ? undefined : `${shown} – ${row.name}`}
                      >
                        {shown}
                      </Anchor>
                      <div
                        className={classes.track}
                        aria-hidden
                        title={label}
                        onClick={() => void navigate(contractPath(row.id))}
                      >
                        {period && (
                          <span
                            className={classes.period}
                            style={{ left: `${period.left}%`, width: `${period.width}%` }}
                          />
                        )}
                        {options && (
                          <span
                            className={classes.options}
                            style={{ left: `${options.left}%`, width: `${options.width}%` }}
                          />
                        )}
                        {window && (
                          <span
                            className={classes.window}
                            style={{ left: `${window.left}%`, width: `${window.width}%` }}
                          />
                        )}
                        {d.retender.decisionDate && (
                          <span
                            className={classes.decision}
                            style={{ left: `${position(range, d.retender.decisionDate)}%` }}
                            title={`${t('timeline.decision')}: ${formatDate(d.retender.decisionDate)}`}
                          />
                        )}
                        <span className={classes.today} style={{ left: `${todayAt}%` }} />
                      </div>
                    </Fragment>
                  );
                })}
              </Fragment>
            ))}
          </div>
        </figure>
      )}
    </Stack>
  );
}
