import { Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { LandscapeTableView_EdgeFragment, LandscapeTableView_NodeFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../ui/useFormatters';
import { usePayloadText } from '../../../ui/PayloadFields';
import { DataTable, type DataColumn } from '../../../ui/table/DataTable';

export const LandscapeTableView_node = graphql(`
  fragment LandscapeTableView_node on LandscapeNode {
    id
    name
    kind
    subKind
    lifecycle
    unitName
    yearlyCost
    hasLifecycleConflict
  }
`);

export const LandscapeTableView_edge = graphql(`
  fragment LandscapeTableView_edge on LandscapeEdge {
    id
    from
    to
    kind
    channel
    interfaceName
    dataTypes
    registerFamilies
    direction
    yearlyCost
  }
`);

type LandscapeNode = LandscapeTableView_NodeFragment;
type LandscapeEdge = LandscapeTableView_EdgeFragment;

/** The same nodes and edges as the graph, as two tables: the accessible view of the landscape. */
export function LandscapeTableView({
  nodes: nodeRefs,
  edges: edgeRefs,
}: {
  nodes: readonly FragmentType<typeof LandscapeTableView_node>[];
  edges: readonly FragmentType<typeof LandscapeTableView_edge>[];
}) {
  const nodes = getFragmentData(LandscapeTableView_node, nodeRefs);
  const edges = getFragmentData(LandscapeTableView_edge, edgeRefs);
  const { t } = useTranslation(['landscape', 'systems', 'dataSources', 'common']);
  const { formatKr } = useFormatters();
  const names = useMemo(() => new Map(nodes.map((n) => [n.id, n.name])), [nodes]);
  const payloadText = usePayloadText();

  const nodeColumns = useMemo<DataColumn<LandscapeNode>[]>(
    () => [
      { id: 'name', header: t('systems:columns.name'), text: (n) => n.name },
      {
        id: 'kind',
        header: t('table.kind'),
        text: (n) =>
          n.kind === 'DATA_SOURCE' && n.subKind
            ? t(`dataSources:kind.${n.subKind as 'BASE_REGISTER'}`)
            : t(`nodeKind.${n.kind}`),
      },
      {
        id: 'lifecycle',
        header: t('systems:columns.lifecycle'),
        text: (n) => t(`systems:lifecycle.${n.lifecycle}`),
      },
      { id: 'unit', header: t('systems:columns.responsibleUnit'), text: (n) => n.unitName ?? '' },
      {
        id: 'cost',
        header: t('systems:columns.yearlyCost'),
        numeric: true,
        text: (n) => formatKr(n.yearlyCost),
        value: (n) => n.yearlyCost ?? null,
      },
      {
        id: 'conflict',
        header: t('systems:columns.conflicts'),
        text: (n) => (n.hasLifecycleConflict ? t('table.yes') : ''),
      },
    ],
    [t, formatKr],
  );
  const edgeColumns = useMemo<DataColumn<LandscapeEdge>[]>(
    () => [
      { id: 'from', header: t('table.from'), text: (e) => names.get(e.from) ?? '' },
      { id: 'kind', header: t('table.edgeKind'), text: (e) => t(`edgeKind.${e.kind}`) },
      { id: 'to', header: t('table.to'), text: (e) => names.get(e.to) ?? '' },
      {
        id: 'channel',
        header: t('systems:detail.channel'),
        text: (e) => (e.channel ? t(`dataSources:channel.${e.channel}`) : ''),
      },
      { id: 'interface', header: t('systems:detail.interface'), text: (e) => e.interfaceName ?? '' },
      {
        // What the edge carries (ADR 0012); an undeclared payload reads as such, since it makes
        // the systems downstream only possibly affected in the impact analysis.
        id: 'payload',
        header: t('table.payload'),
        text: (e) => {
          if (!e.dataTypes || !e.registerFamilies) return '';
          const text = payloadText({ dataTypes: e.dataTypes, registerFamilies: e.registerFamilies });
          return text || t('common:payload.undeclared');
        },
      },
      {
        id: 'direction',
        header: t('systems:detail.direction'),
        text: (e) => t(`systems:detail.directionValue.${e.direction}`),
      },
      {
        id: 'cost',
        header: t('systems:columns.dataYearlyCost'),
        numeric: true,
        text: (e) => formatKr(e.yearlyCost),
        value: (e) => e.yearlyCost ?? null,
      },
    ],
    [t, names, formatKr, payloadText],
  );

  return (
    <Stack gap="xl">
      <section aria-labelledby="landscape-nodes">
        <Title order={2} size="h3" id="landscape-nodes" mb="sm">
          {t('table.nodes')}
        </Title>
        <DataTable
          data={nodes}
          columns={nodeColumns}
          caption={t('table.nodesCaption')}
          getRowId={(n) => n.id}
          exportName={t('table.nodesExport')}
        />
      </section>
      <section aria-labelledby="landscape-edges">
        <Title order={2} size="h3" id="landscape-edges" mb="sm">
          {t('table.edges')}
        </Title>
        <DataTable
          data={edges}
          columns={edgeColumns}
          caption={t('table.edgesCaption')}
          getRowId={(e) => e.id}
          exportName={t('table.edgesExport')}
          rowHeader={false}
        />
      </section>
    </Stack>
  );
}
