import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
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

/** Number of systems per lifecycle, as a list of figures (readable without colour or layout). */
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
      <Title order={2} size="h3" id="lifecycle-summary-title" mb="sm">
        {t('byLifecycle')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 5 }} spacing="md" m={0}>
        {figures.map((figure) => (
          <Paper key={figure.key} withBorder p="md" radius="md">
            <Text component="dt" size="sm">
              {figure.label}
            </Text>
            <Text component="dd" m={0} fz={28} fw={700}>
              {formatNumber(figure.value)}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </section>
  );
}
