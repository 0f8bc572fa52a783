import { useQuery } from '@apollo/client/react';
import { Alert, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { Background, Controls, MarkerType, MiniMap, ReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { SectionTable } from '../../../ui/SectionTable';
import { NeighbourhoodDocument } from '../graphql/landscape.documents';
import { nodeColour } from '../landscape-colours';
import { layoutNeighbourhood } from '../layout/neighbourhood-layout';

// Nodes and edges have ids and normalise; their fields do not depend on the root, so results for
// different roots can share them (the root-relative `hops` is not selected).
export const NeighbourhoodView_neighbourhood = graphql(`
  fragment NeighbourhoodView_neighbourhood on NeighbourhoodView {
    rootId
    truncated
    nodes {
      id
      kind
      name
      lifecycle
      subKind
    }
    edges {
      id
      kind
      from
      to
      direction
      channel
      interfaceName
    }
  }
`);

const MAX_NODES = 150;
// Wide enough for two lines of a long name at 13 px.
const SIZE = { width: 200, height: 52 };
// Fitting 150 nodes into the frame would shrink their names below reading size: the view zooms
// out no further than this, and the mini-map and panning show the rest.
const FIT = { minZoom: 0.75, maxZoom: 1.25 };

/** One node and everything within N hops, laid out by ELK, with channel and interface on the edges. */
export function NeighbourhoodView({ rootId }: { rootId: string }) {
  const { t } = useTranslation(['landscape', 'dataSources', 'systems']);
  const [hops, setHops] = useState(2);
  const { data, loading, error, refetch } = useQuery(NeighbourhoodDocument, {
    variables: { rootId, hops, maxNodes: MAX_NODES },
  });
  const hood = data && getFragmentData(NeighbourhoodView_neighbourhood, data.neighbourhood);
  // Positions belong to the result they were computed for; a new result waits for its own.
  const [laidOut, setLaidOut] = useState<{
    for: unknown;
    positions: Record<string, { x: number; y: number }>;
  } | null>(null);
  const positions = laidOut && laidOut.for === hood ? laidOut.positions : null;

  useEffect(() => {
    if (!hood) return;
    let cancelled = false;
    void layoutNeighbourhood(
      hood.nodes.map((n) => ({ id: n.id, ...SIZE })),
      hood.edges,
    ).then((p) => !cancelled && setLaidOut({ for: hood, positions: p }));
    return () => {
      cancelled = true;
    };
  }, [hood]);

  const names = useMemo(() => new Map(hood?.nodes.map((n) => [n.id, n.name]) ?? []), [hood]);
  const edgeLabel = (e: NonNullable<typeof hood>['edges'][number]) =>
    [e.channel ? t(`dataSources:channel.${e.channel}`) : null, e.interfaceName].filter(Boolean).join(' · ');

  const flowNodes: Node[] = (hood?.nodes ?? []).map((n) => ({
    id: n.id,
    position: positions?.[n.id] ?? { x: 0, y: 0 },
    data: { label: n.name },
    style: {
      ...SIZE,
      borderColor: nodeColour(n),
      borderWidth: n.id === rootId ? 4 : 2,
      fontWeight: n.id === rootId ? 700 : 400,
      fontSize: 13,
      lineHeight: 1.25,
      padding: 6,
      overflow: 'hidden',
    },
  }));
  const flowEdges: Edge[] = (hood?.edges ?? []).map((e) => ({
    id: e.id,
    source: e.from,
    target: e.to,
    label: edgeLabel(e) || undefined,
    markerEnd: { type: MarkerType.ArrowClosed },
    markerStart: e.direction === 'BIDIRECTIONAL' ? { type: MarkerType.ArrowClosed } : undefined,
  }));

  return (
    <Stack gap="md">
      <Group align="flex-end">
        <NumberInput
          label={t('neighbourhood.hops')}
          min={1}
          max={4}
          value={hops}
          onChange={(v) => setHops(Math.min(4, Math.max(1, Number(v) || 1)))}
          w={140}
        />
      </Group>
      <QueryState
        loading={loading && !hood}
        error={error}
        onRetry={() => void refetch()}
        loadingLabel={t('neighbourhood.loading')}
      >
        {hood && (
          <>
            {hood.truncated && (
              <Alert color="yellow" role="status">
                {t('neighbourhood.truncated', { max: MAX_NODES })}
              </Alert>
            )}
            <Title order={2} size="h3">
              {t('neighbourhood.title', { name: names.get(rootId) ?? '', count: hood.nodes.length })}
            </Title>
            <section
              aria-label={t('neighbourhood.alt', { name: names.get(rootId) ?? '', count: hood.nodes.length })}
              style={{ height: 520, border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}
            >
              {positions ? (
                <ReactFlow
                  nodes={flowNodes}
                  edges={flowEdges}
                  fitView
                  fitViewOptions={FIT}
                  minZoom={0.2}
                  nodesDraggable={false}
                  nodesConnectable={false}
                  proOptions={{ hideAttribution: true }}
                >
                  <Background />
                  <Controls showInteractive={false} />
                  <MiniMap pannable zoomable ariaLabel={t('neighbourhood.miniMap')} />
                </ReactFlow>
              ) : (
                <Text p="md">{t('neighbourhood.layingOut')}</Text>
              )}
            </section>
            <SectionTable
              id="neighbourhood-edges"
              title={t('neighbourhood.edges')}
              empty={t('neighbourhood.noEdges')}
              headers={[t('table.from'), t('table.edgeKind'), t('table.to'), t('neighbourhood.label')]}
              rows={hood.edges.map((e) => ({
                key: e.id,
                cells: [
                  names.get(e.from) ?? '',
                  t(`edgeKind.${e.kind}`),
                  names.get(e.to) ?? '',
                  edgeLabel(e),
                ],
              }))}
            />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
