import { Group, Paper, Text, Title, VisuallyHidden } from '@mantine/core';
import { LIFECYCLES } from '@overblik/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { Lifecycle } from '../../../gql/graphql';
import { useFormatters } from '../../../ui/useFormatters';

export const LifecycleSummary_node = graphql(`
  fragment LifecycleSummary_node on LandscapeNode {
    id
    kind
    lifecycle
  }
`);

export interface LifecycleSummaryProps {
  /** The landscape's nodes; the systems (usages) among them are counted. */
  nodes: readonly FragmentType<typeof LifecycleSummary_node>[];
}

/**
 * Number of systems per lifecycle, as a list of figures (readable without colour or layout): one
 * compact line, so the map below starts high on the page.
 */
export function LifecycleSummary({ nodes: refs }: LifecycleSummaryProps) {
  const nodes = getFragmentData(LifecycleSummary_node, refs);
  const counts = useMemo(() => {
    const result: Record<Lifecycle, number> = { PLANNED: 0, IN_USE: 0, PHASING_OUT: 0, RETIRED: 0 };
    for (const n of nodes) if (n.kind === 'USAGE') result[n.lifecycle] += 1;
    return result;
  }, [nodes]);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const { t } = useTranslation(['landscape', 'systems']);
  const { formatNumber } = useFormatters();
  const figures = [
    { key: 'total', label: t('total'), value: total },
    ...LIFECYCLES.map((lifecycle) => ({
      key: lifecycle,
      label: t(`systems:lifecycle.${lifecycle}`),
      value: counts[lifecycle],
    })),
  ];

  return (
    <section aria-labelledby="lifecycle-summary-title">
      <VisuallyHidden>
        <Title order={2} id="lifecycle-summary-title">
          {t('byLifecycle')}
        </Title>
      </VisuallyHidden>
      <Group component="dl" gap="sm" m={0}>
        {figures.map((figure) => (
          // dl > div > dt + dd: the one wrapper a description list allows.
          <Paper
            key={figure.key}
            withBorder
            px="md"
            py={6}
            radius="md"
            style={{ display: 'flex', gap: 'var(--mantine-spacing-xs)', alignItems: 'baseline' }}
          >
            <Text component="dt" size="sm">
              {figure.label}
            </Text>
            <Text component="dd" m={0} fz={20} fw={700}>
              {formatNumber(figure.value)}
            </Text>
          </Paper>
        ))}
      </Group>
    </section>
  );
}
