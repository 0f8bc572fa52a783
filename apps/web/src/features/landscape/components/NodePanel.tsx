import { Anchor, Button, CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { dataSourcePath } from '../../../ui/DataSourceLink';
import { useFormatters } from '../../../ui/useFormatters';
import { NodeSupplier } from './NodeSupplier';

export const NodePanel_node = graphql(`
  fragment NodePanel_node on LandscapeNode {
    id
    kind
    subKind
    name
    lifecycle
    unitName
    endsOn
    yearlyCost
    hasLifecycleConflict
  }
`);

export interface NodePanelProps {
  node: FragmentType<typeof NodePanel_node>;
  /** The graph's edges, to count the node's connections. */
  edges: readonly { from: string; to: string }[];
  onClose(): void;
  onImpact(): void;
  onNeighbourhood(): void;
}

/** Details of the clicked node, with links to its page, its neighbourhood and an impact analysis. */
export function NodePanel({ node: ref, edges, onClose, onImpact, onNeighbourhood }: NodePanelProps) {
  const node = getFragmentData(NodePanel_node, ref);
  const { t } = useTranslation(['landscape', 'systems', 'dataSources']);
  const { formatKr, formatDate } = useFormatters();
  const degree = edges.filter((e) => e.from === node.id || e.to === node.id).length;
  const kindLabel =
    node.kind === 'DATA_SOURCE' && node.subKind
      ? t(`dataSources:kind.${node.subKind as 'BASE_REGISTER'}`)
      : t(`nodeKind.${node.kind}`);
  return (
    <Paper withBorder p="md" component="aside" aria-labelledby="node-panel-title">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} size="h4" id="node-panel-title">
            {node.name}
          </Title>
          <CloseButton aria-label={t('panel.close')} onClick={onClose} />
        </Group>
        <Text size="sm">{kindLabel}</Text>
        <Text size="sm">
          {t('systems:columns.lifecycle')}: {t(`systems:lifecycle.${node.lifecycle}`)}
        </Text>
        {node.unitName && (
          <Text size="sm">
            {t('systems:columns.responsibleUnit')}: {node.unitName}
          </Text>
        )}
        {node.endsOn && (
          <Text size="sm">
            {t('panel.endsOn')}: {formatDate(node.endsOn)}
          </Text>
        )}
        {node.yearlyCost != null && (
          <Text size="sm">
            {t('systems:columns.yearlyCost')}: {formatKr(node.yearlyCost)}
          </Text>
        )}
        <NodeSupplier id={node.id} kind={node.kind} />
        <Text size="sm">{t('panel.connections', { count: degree })}</Text>
        {node.hasLifecycleConflict && (
          <Text size="sm" c="red.8">
            {t('panel.conflict')}
          </Text>
        )}
        {node.kind === 'USAGE' && (
          <Anchor component={Link} to={`/systemer/${node.id}`}>
            {t('panel.openSystem')}
          </Anchor>
        )}
        {node.kind === 'DATA_SOURCE' && (
          <Anchor component={Link} to={dataSourcePath(node.id)}>
            {t('panel.openDataSource')}
          </Anchor>
        )}
        <Group gap="xs">
          <Button size="xs" onClick={onImpact}>
            {t('panel.impact')}
          </Button>
          <Button size="xs" variant="default" onClick={onNeighbourhood}>
            {t('panel.neighbourhood')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
