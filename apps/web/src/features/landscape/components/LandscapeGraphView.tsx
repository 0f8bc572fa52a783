import { Alert, Button, Grid, Group, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LandscapeNodeKind } from '../../../gql/graphql';
import { useWorkerLayout } from '../hooks/useWorkerLayout';
import {
  dataVersion,
  layoutInput,
  NO_FILTERS,
  visibleNodeIds,
  type LandscapeEdge,
  type LandscapeNode,
} from '../landscape-model';
import { ImpactPanel } from './ImpactPanel';
import { LandscapeCanvas, type LandscapeCanvasHandle } from './LandscapeCanvas';
import { LandscapeLegend } from './LandscapeLegend';
import { LandscapeToolbar } from './LandscapeToolbar';
import { NodePanel } from './NodePanel';

export interface LandscapeGraphViewProps {
  organisationId: string;
  nodes: readonly LandscapeNode[];
  edges: readonly LandscapeEdge[];
  selectedId: string | null;
  onSelect(id: string | null): void;
  onNeighbourhood(id: string): void;
}

/** The landscape graph with its toolbar, legend, node panel and impact-analysis mode. */
export function LandscapeGraphView({
  organisationId,
  nodes,
  edges,
  selectedId,
  onSelect,
  onNeighbourhood,
}: LandscapeGraphViewProps) {
  const { t } = useTranslation('landscape');
  const canvas = useRef<LandscapeCanvasHandle>(null);
  const [filters, setFilters] = useState(NO_FILTERS);
  const [impactTarget, setImpactTarget] = useState<string | null>(null);
  const [affected, setAffected] = useState<Set<string> | null>(null);

  const key = useMemo(() => dataVersion(organisationId, nodes, edges), [organisationId, nodes, edges]);
  const input = useMemo(() => layoutInput(nodes), [nodes]);
  const layout = useWorkerLayout(key, input);
  const visible = useMemo(() => visibleNodeIds(nodes, edges, filters), [nodes, edges, filters]);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const nameOf = useCallback((id: string) => byId.get(id)?.name ?? id, [byId]);
  const selected = selectedId ? byId.get(selectedId) : undefined;
  const target = impactTarget ? byId.get(impactTarget) : undefined;
  const highlight = useMemo(
    () => (target && affected ? { targetId: target.id, affectedIds: affected } : null),
    [target, affected],
  );

  // Focus the selected node once the canvas exists (also for a node chosen on another page).
  useEffect(() => {
    if (layout && selectedId) canvas.current?.focus(selectedId);
  }, [layout, selectedId]);

  const downloadPng = () => {
    const url = canvas.current?.png();
    if (!url) return;
    const link = document.createElement('a');
    link.href = url;
    link.download = `${t('pngName')}.png`;
    link.click();
  };

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
      />
      <LandscapeLegend />
      {target && (
        <Alert color="red" variant="light">
          <Group justify="space-between">
            <Text size="sm">{t('impact.mode', { name: target.name })}</Text>
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
              nodes={nodes}
              edges={edges}
              layout={layout}
              visibleIds={visible}
              highlight={highlight}
              selectedId={selectedId}
              onSelect={onSelect}
              label={t('canvasAlt', { nodes: nodes.length, edges: edges.length })}
            />
          ) : (
            <Group role="status" gap="sm" h={620}>
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
      {target && (
        <ImpactPanel
          key={target.id}
          target={{ id: target.id, kind: target.kind as LandscapeNodeKind, name: target.name }}
          nameOf={nameOf}
          onResult={setAffected}
        />
      )}
    </Stack>
  );
}
