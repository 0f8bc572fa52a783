import { Alert, Button, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useMapLayout } from '../hooks/useMapLayout';
import { nodeColourBy, unitColours, type ColourMode } from '../landscape-colours';
import {
  collapseGraph,
  GROUP_PREFIX,
  groupsOf,
  withGroupParents,
  withGroupPositions,
  type GroupBy,
} from '../landscape-grouping';
import {
  dataVersion,
  NO_FILTERS,
  visibleNodeIds,
  type LandscapeEdge,
  type LandscapeNode,
} from '../landscape-model';
import { relationPhrase } from '../landscape-neighbours';
import type { MapBox } from '../layout/map-layout';
import { ImpactPanel, type ImpactHighlight } from './ImpactPanel';
import { LandscapeCanvas, type LandscapeCanvasHandle } from './LandscapeCanvas';
import { LandscapeLegend } from './LandscapeLegend';
import { LandscapeToolbar } from './LandscapeToolbar';
import { NodePanel } from './NodePanel';

/** What the graph model reads of a node (layout, filters, colours, grouping, legend), plus the panel's fields. */
export const LandscapeGraphView_node = graphql(`
  fragment LandscapeGraphView_node on LandscapeNode {
    id
    kind
    name
    lifecycle
    subKind
    unitId
    unitName
    registerFamily
    endsOn
    yearlyCost
    hasLifecycleConflict
    taskAreas
    contractStatus
    ...NodePanel_node
  }
`);

export const LandscapeGraphView_edge = graphql(`
  fragment LandscapeGraphView_edge on LandscapeEdge {
    id
    kind
    from
    to
    direction
    channel
    access
    interfaceName
    yearlyCost
    authoritative
    dataTypes
    registerFamilies
  }
`);

export interface LandscapeGraphViewProps {
  organisationId: string;
  nodes: readonly FragmentType<typeof LandscapeGraphView_node>[];
  edges: readonly FragmentType<typeof LandscapeGraphView_edge>[];
  selectedId: string | null;
  onSelect(id: string | null): void;
  onNeighbourhood(id: string): void;
}

/** The landscape graph with its toolbar, legend, node panel and impact-analysis mode. */
export function LandscapeGraphView({
  organisationId,
  nodes: nodeRefs,
  edges: edgeRefs,
  selectedId,
  onSelect,
  onNeighbourhood,
}: LandscapeGraphViewProps) {
  const nodes: readonly LandscapeNode[] = getFragmentData(LandscapeGraphView_node, nodeRefs);
  const edges: readonly LandscapeEdge[] = getFragmentData(LandscapeGraphView_edge, edgeRefs);
  const { t } = useTranslation(['landscape', 'dataSources']);
  const canvas = useRef<LandscapeCanvasHandle>(null);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [impactTarget, setImpactTarget] = useState<string | null>(null);
  const [affected, setAffected] = useState<ImpactHighlight | null>(null);
  const [colourMode, setColourMode] = useState<ColourMode>('type');
  const [groupBy, setGroupBy] = useState<GroupBy>('none');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());

  const key = useMemo(() => dataVersion(organisationId, nodes, edges), [organisationId, nodes, edges]);
  const { layout: fullLayout, failed: layoutFailed } = useMapLayout(key, nodes);
  const groups = useMemo(() => groupsOf(nodes, edges, groupBy), [nodes, edges, groupBy]);
  const shown = useMemo(
    () => collapseGraph(nodes, edges, groups, collapsed),
    [nodes, edges, groups, collapsed],
  );
  // Meta-nodes sit where their members were, so the precomputed layout serves every grouping.
  const layout = useMemo(
    () =>
      fullLayout && {
        ...fullLayout,
        positions: withGroupPositions(fullLayout.positions, shown.members),
        parentOf: withGroupParents(fullLayout.parentOf, shown.members),
      },
    [fullLayout, shown.members],
  );
  const visible = useMemo(() => {
    const ids = visibleNodeIds(nodes, edges, filters);
    if (!ids) return null;
    // A meta-node shows while any of its members passes the filters.
    for (const [id, members] of shown.members) if (members.some((m) => ids.has(m))) ids.add(id);
    return ids;
  }, [nodes, edges, filters, shown.members]);
  const units = useMemo(() => unitColours(nodes.map((n) => n.unitId ?? 'none')), [nodes]);
  const colourOf = useCallback((n: LandscapeNode) => nodeColourBy(n, colourMode, units), [colourMode, units]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const select = (id: string | null) => {
    // A tap (or Enter) on a meta-node expands it again.
    if (id?.startsWith(GROUP_PREFIX)) {
      const next = new Set(collapsed);
      next.delete(id.slice(GROUP_PREFIX.length));
      setCollapsed(next);
    } else onSelect(id);
  };
  const regroup = (by: GroupBy) => {
    setGroupBy(by);
    setCollapsed(new Set(groupsOf(nodes, edges, by).map((g) => g.key)));
  };
  const nameOf = useCallback((id: string) => byId.get(id)?.name ?? id, [byId]);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const target = impactTarget ? byId.get(impactTarget) : undefined;
  const highlight = useMemo(
    () =>
      target && affected
        ? { targetId: target.id, affectedIds: affected.certain, possibleIds: affected.possible }
        : null,
    [target, affected],
  );

  // Focus the selected node once the canvas exists (also for a node chosen on another page).
  useEffect(() => {
    if (layout && selectedId) canvas.current?.focus(selectedId);
  }, [layout, selectedId]);

  const download = (url: string, extension: string) => {
    const link = document.createElement('a');
    link.href = url;
    link.download = `${t('pngName')}.${extension}`;
    link.click();
  };
  const downloadPng = () => {
    const url = canvas.current?.png();
    if (url) download(url, 'png');
  };
  const downloadSvg = () => {
    const svg = canvas.current?.svg(t('title'));
    if (!svg) return;
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    download(url, 'svg');
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const kindOf = (n: LandscapeNode) =>
    n.id.startsWith(GROUP_PREFIX) ? t('groupKind') : t(`nodeKind.${n.kind}`);
  const shownName = (id: string) => shown.nodes.find((n) => n.id === id)?.name ?? nameOf(id);
  /** "Lønsystem henter data fra CPR via Serviceplatformen": the edge as a sentence. */
  const relationText = (edge: LandscapeEdge) => {
    const phrase = relationPhrase(edge);
    const relation = t(`relation.${phrase.key}` as 'relation.DATA_READ', {
      from: shownName(edge.from),
      to: shownName(edge.to),
    });
    if (phrase.via?.kind === 'channel')
      return t('relation.viaChannel', {
        relation,
        channel: t(`dataSources:channel.${phrase.via.channel}` as 'dataSources:channel.OTHER'),
      });
    if (phrase.via?.kind === 'interface')
      return t('relation.viaInterface', { relation, name: phrase.via.name });
    return relation;
  };

  const boxLabel = useCallback(
    (box: MapBox) => {
      const group = box.group;
      if (!group) return t(`map.layer.${box.layer}`);
      if (group.kind === 'UNIT') return group.name ?? '';
      if (group.kind === 'COMPONENT_KIND')
        return t(`map.componentKind.${group.name ?? 'OTHER'}` as 'map.componentKind.OTHER', {
          defaultValue: group.name,
        });
      return t(`map.group.${group.kind}`);
    },
    [t],
  );

  const stopImpact = () => {
    setImpactTarget(null);
    setAffected(null);
  };

  return (
    <Stack gap="md">
      <LandscapeToolbar
        nodes={nodes}
        filters={filters}
        onFilters={setFilters}
        onSearch={(id) => onSelect(id)}
        onFit={() => canvas.current?.fit()}
        onPng={downloadPng}
        onSvg={downloadSvg}
        colourMode={colourMode}
        onColourMode={setColourMode}
        groupBy={groupBy}
        onGroupBy={regroup}
        collapsedCount={collapsed.size}
        onExpandAll={() => setCollapsed(new Set())}
      />
      {target && (
        <Alert color="red" variant="light">
          <Group justify="space-between">
            <div>
              <Text size="sm">{t('impact.mode', { name: target.name })}</Text>
              <Text size="sm">{t('impact.graphKey')}</Text>
            </div>
            <Button size="xs" variant="default" onClick={stopImpact}>
              {t('impact.stop')}
            </Button>
          </Group>
        </Alert>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, lg: selected ? 8 : 12 }}>
          {layout ? (
            <LandscapeCanvas
              ref={canvas}
              nodes={shown.nodes}
              edges={shown.edges}
              layout={layout}
              visibleIds={visible}
              highlight={highlight}
              selectedId={selectedId}
              onSelect={select}
              colourOf={colourOf}
              label={t('canvasAlt', {
                systems: nodes.filter((n) => n.kind === 'USAGE').length,
                sources: nodes.filter((n) => n.kind === 'DATA_SOURCE').length,
                components: nodes.filter((n) => n.kind === 'INFRASTRUCTURE').length,
                edges: edges.length,
              })}
              keyboardHint={`${t('map.wheelHint')} ${t('keyboardHint')}`}
              announce={(n) =>
                n.id.startsWith(GROUP_PREFIX)
                  ? t('announceGroup', { name: n.name })
                  : t('announce', { name: n.name, kind: t(`nodeKind.${n.kind}`) })
              }
              announceStep={(n, step, anchor) =>
                t('announceStep', {
                  name: n.name,
                  kind: kindOf(n),
                  relation: relationText(step.edge),
                  index: step.index + 1,
                  count: step.count,
                  anchor: anchor?.name ?? shownName(step.anchorId),
                })
              }
              announceIsolated={(n) => t('announceIsolated', { name: n.name })}
              boxLabel={boxLabel}
              miniMapLabel={t('map.miniMap')}
            />
          ) : layoutFailed ? (
            <Alert color="red" role="alert">
              {t('map.layoutFailed')}
            </Alert>
          ) : (
            <Group role="status" gap="sm" h={420}>
              <Loader size="sm" aria-hidden />
              <Text size="sm">{t('layingOut')}</Text>
            </Group>
          )}
        </Grid.Col>
        {selected && (
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <NodePanel
              node={selected}
              edges={edges}
              onClose={() => onSelect(null)}
              onImpact={() => {
                setAffected(null);
                setImpactTarget(selected.id);
              }}
              onNeighbourhood={() => onNeighbourhood(selected.id)}
            />
          </Grid.Col>
        )}
      </Grid>
      <LandscapeLegend mode={colourMode} units={units} nodes={nodes} />
      {target && (
        <ImpactPanel
          key={target.id}
          target={{ id: target.id, kind: target.kind, name: target.name }}
          nameOf={nameOf}
          onResult={setAffected}
        />
      )}
    </Stack>
  );
}
