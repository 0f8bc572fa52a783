import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { BENEFIT_MAP_KINDS } from '@overblik/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { Link } from 'react-router';
import { getFragmentData, graphql } from '../../../gql';
import type { BenefitMapKind, BenefitMapSection_NodeFragment } from '../../../gql/graphql';
import { QueryState } from '../../../ui/QueryState';
import { BenefitMapDocument, DeleteBenefitMapNodeDocument } from '../graphql/benefit-map.documents';
import classes from './benefit-map.module.css';
import { MapNodeDialog } from './MapNodeDialog';

export const BenefitMapSection_node = graphql(`
  fragment BenefitMapSection_node on BenefitMapNode {
    id
    version
    kind
    label
    benefitId
    targetId
  }
`);

type MapNode = BenefitMapSection_NodeFragment;

interface Props {
  projectId: string;
  benefits: readonly { id: string; title: string }[];
  canEdit: boolean;
}

type Dialog =
  | { mode: 'add'; kind: BenefitMapKind }
  | { mode: 'edit'; nodeId: string }
  | { mode: 'delete'; node: MapNode };

/**
 * The project's benefit map as four ordered lists, deliverables → goals → benefits → purpose. Each
 * node names what it contributes to and what contributes to it, as in-page links, so the chain can
 * be followed with a keyboard or a screen reader as well as by eye.
 */
export function BenefitMapSection({ projectId, benefits, canEdit }: Props) {
  const { t } = useTranslation('benefits');
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(BenefitMapDocument, { variables: { projectId } });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const nodeRefs = data?.benefitMap ?? [];
  const nodes = getFragmentData(BenefitMapSection_node, nodeRefs);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const editing = dialog?.mode === 'edit' ? byId.get(dialog.nodeId) : undefined;
  const benefitTitle = new Map(benefits.map((b) => [b.id, b.title]));
  const anchor = (id: string) => `kort-${id}`;

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('map.title')}
        </Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('map.description')}
        </Text>
        <QueryState
          loading={loading && !data}
          error={error}
          onRetry={() => void refetch()}
          loadingLabel={t('map.loading')}
        >
          {nodes.length === 0 && <Text>{t('map.empty')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
            {BENEFIT_MAP_KINDS.map((kind, column) => {
              const inColumn = nodes.filter((n) => n.kind === kind);
              const columnId = `${headingId}-${kind}`;
              return (
                <Paper key={kind} withBorder p="sm" component="section" aria-labelledby={columnId}>
                  <Stack gap="xs">
                    <Group justify="space-between" wrap="nowrap">
                      <Title order={3} size="h5" id={columnId}>
                        {column + 1}. {t(`map.kindPlural.${kind}`)}
                        {column < BENEFIT_MAP_KINDS.length - 1 && <span aria-hidden> →</span>}
                      </Title>
                    </Group>
                    {inColumn.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('map.columnEmpty')}
                      </Text>
                    ) : (
                      <ul className={classes.list}>
                        {inColumn.map((node) => {
                          const target = node.targetId ? byId.get(node.targetId) : undefined;
                          const contributors = nodes.filter((n) => n.targetId === node.id);
                          return (
                            <li key={node.id} id={anchor(node.id)} className={classes.node}>
                              <Text fw={600}>{node.label}</Text>
                              {target && (
                                <Text size="sm">
                                  {t('map.contributesTo')}{' '}
                                  <Anchor href={`#${anchor(target.id)}`}>{target.label}</Anchor>
                                </Text>
                              )}
                              {contributors.length > 0 && (
                                <Text size="sm">
                                  {t('map.contributedBy')}{' '}
                                  {contributors.map((c, i) => (
                                    <span key={c.id}>
                                      {i > 0 && ', '}
                                      <Anchor href={`#${anchor(c.id)}`}>{c.label}</Anchor>
                                    </span>
                                  ))}
                                </Text>
                              )}
                              {node.benefitId && (
                                <Text size="sm">
                                  {t('map.linkedBenefit')}{' '}
                                  <Anchor component={Link} to={`/gevinster/${node.benefitId}`}>
                                    {benefitTitle.get(node.benefitId) ?? t('map.unknownBenefit')}
                                  </Anchor>
                                </Text>
                              )}
                              {canEdit && (
                                <Group gap="xs" mt={4}>
                                  <Button
                                    size="compact-xs"
                                    variant="subtle"
                                    aria-label={t('map.editNamed', { label: node.label })}
                                    onClick={() => setDialog({ mode: 'edit', nodeId: node.id })}
                                  >
                                    {t('editor.edit')}
                                  </Button>
                                  <Button
                                    size="compact-xs"
                                    variant="subtle"
                                    color="red"
                                    aria-label={t('map.deleteNamed', { label: node.label })}
                                    onClick={() => setDialog({ mode: 'delete', node })}
                                  >
                                    {t('editor.delete')}
                                  </Button>
                                </Group>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                    {canEdit && (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setDialog({ mode: 'add', kind })}
                        aria-label={t('map.addNamed', { kind: t(`map.kindSingular.${kind}`) })}
                      >
                        {t('map.add')}
                      </Button>
                    )}
                  </Stack>
                </Paper>
              );
            })}
          </SimpleGrid>
        </QueryState>
      </Stack>
      {dialog?.mode === 'add' && (
        <MapNodeDialog
          projectId={projectId}
          nodes={nodeRefs}
          benefits={benefits}
          kind={dialog.kind}
          onClose={() => setDialog(null)}
        />
      )}
      {editing && (
        <MapNodeDialog
          projectId={projectId}
          nodes={nodeRefs}
          benefits={benefits}
          node={nodeRefs.find((n) => n.id === editing.id)}
          kind={editing.kind}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.mode === 'delete' && (
        <DeleteNodeDialog projectId={projectId} node={dialog.node} onClose={() => setDialog(null)} />
      )}
    </section>
  );
}

function DeleteNodeDialog({
  projectId,
  node,
  onClose,
}: {
  projectId: string;
  node: MapNode;
  onClose: () => void;
}) {
  const { t } = useTranslation('benefits');
  const [remove, { loading, error }] = useMutation(DeleteBenefitMapNodeDocument, {
    // The map loses the node (and the server detaches nodes that contributed to it).
    refetchQueries: [{ query: BenefitMapDocument, variables: { projectId } }],
    awaitRefetchQueries: true,
  });
  const confirm = async () => {
    const result = await remove({ variables: { id: node.id, version: node.version } }).catch(() => null);
    if (result?.data?.deleteBenefitMapNode) onClose();
  };
  return (
    <ConfirmDeleteModal
      title={t('map.deleteTitle', { label: node.label })}
      message={t('map.deleteConfirm')}
      labels={{ close: t('editor.close'), cancel: t('editor.cancel'), confirm: t('editor.delete') }}
      error={error}
      loading={loading}
      onConfirm={() => void confirm()}
      onClose={onClose}
    />
  );
}
