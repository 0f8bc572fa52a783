import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { BENEFIT_MAP_KINDS, canContributeTo, checkRules, mapNodeSchema } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { BenefitMapKind, MapNodeDialog_NodeFragment } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import {
  BenefitMapDocument,
  CreateBenefitMapNodeDocument,
  UpdateBenefitMapNodeDocument,
} from '../graphql/benefit-map.documents';

export const MapNodeDialog_node = graphql(`
  fragment MapNodeDialog_node on BenefitMapNode {
    id
    version
    kind
    label
    benefitId
    targetId
  }
`);

type MapNode = MapNodeDialog_NodeFragment;
type MapNodeRef = FragmentType<typeof MapNodeDialog_node>;

interface Props {
  projectId: string;
  /** The map's nodes, the targets to offer. */
  nodes: readonly MapNodeRef[];
  benefits: readonly { id: string; title: string }[];
  /** The node to edit; omitted to add one of `kind`. */
  node?: MapNodeRef;
  kind: BenefitMapKind;
  onClose: () => void;
}

/** Adds or edits a benefit map node: its label, kind, the later node it contributes to, its benefit. */
export function MapNodeDialog({
  projectId,
  nodes: nodeRefs,
  benefits,
  node: nodeRef,
  kind: initialKind,
  onClose,
}: Props) {
  const { t } = useTranslation('benefits');
  const nodes: readonly MapNode[] = getFragmentData(MapNodeDialog_node, nodeRefs);
  const node: MapNode | undefined = getFragmentData(MapNodeDialog_node, nodeRef);
  const mapAgain = {
    refetchQueries: [{ query: BenefitMapDocument, variables: { projectId } }],
    awaitRefetchQueries: true,
  };
  // A new node joins the map, which is read again.
  const [create, creating] = useMutation(CreateBenefitMapNodeDocument, mapAgain);
  // An edit updates the node from its result (BenefitMapSection_node, MapNodeDialog_node).
  const [update, updating] = useMutation(UpdateBenefitMapNodeDocument);
  const [label, setLabel] = useState(node?.label ?? '');
  const [kind, setKind] = useState<BenefitMapKind>(node?.kind ?? initialKind);
  const [targetId, setTargetId] = useState<string | null>(node?.targetId ?? null);
  const [benefitId, setBenefitId] = useState<string | null>(node?.benefitId ?? null);
  const rules = useRuleErrors();
  const [targetError, setTargetError] = useState<string | null>(null);
  const error = creating.error ?? updating.error;
  const apiFields = apiFieldErrors(error);

  // Only later kinds can be contributed to; the node itself never.
  const targets = nodes
    .filter((n) => n.id !== node?.id && canContributeTo(kind, n.kind))
    .map((n) => ({ value: n.id, label: `${n.label} (${t(`map.kindSingular.${n.kind}`)})` }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { label: label.trim(), kind, targetId, benefitId: kind === 'BENEFIT' ? benefitId : null };
    // The API's field rules (a label of at most 300 characters), and the map's order: a node only
    // contributes to a later kind (canContributeTo, as the target list offers).
    const fieldsPass = rules.check(checkRules(mapNodeSchema, { ...fields, projectId }).errors);
    const orderBroken = !!targetId && !targets.some((o) => o.value === targetId);
    setTargetError(orderBroken ? t('map.targetOrder') : null);
    if (!fieldsPass || orderBroken) return;
    // A new kind moves the node to another of the map's lists and a new label re-orders its list
    // (the server orders by kind, then label): the map is read again then.
    const moved = fields.kind !== node?.kind || fields.label !== node?.label;
    const ok = node
      ? await update({
          variables: { input: { ...fields, id: node.id, version: node.version } },
          ...(moved ? mapAgain : {}),
        })
          .then((r) => !!r.data)
          .catch(() => false)
      : await create({ variables: { input: { ...fields, projectId } } })
          .then((r) => !!r.data)
          .catch(() => false);
    if (ok) onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        node
          ? t('map.editTitle', { label: node.label })
          : t('map.addTitle', { kind: t(`map.kindSingular.${kind}`) })
      }
      closeButtonProps={{ 'aria-label': t('editor.close') }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {error && (
            <Alert color="red" role="alert">
              {apiErrorMessage(error) ?? t('map.failed')}
            </Alert>
          )}
          <TextInput
            label={t('map.label')}
            value={label}
            onChange={(e) => setLabel(e.currentTarget.value)}
            error={rules.message('label') ?? apiFields.label}
            maxLength={300}
            required
            data-autofocus
          />
          <Select
            label={t('map.kind')}
            data={BENEFIT_MAP_KINDS.map((k) => ({ value: k, label: t(`map.kindSingular.${k}`) }))}
            value={kind}
            allowDeselect={false}
            onChange={(v) => v && setKind(v)}
            error={apiFields.kind}
          />
          <Select
            label={t('map.target')}
            description={t('map.targetHelp')}
            data={targets}
            value={targetId}
            onChange={setTargetId}
            error={targetError ?? rules.message('targetId') ?? apiFields.targetId}
            nothingFoundMessage={t('editor.nothingFound')}
            clearable
            searchable
          />
          {kind === 'BENEFIT' && (
            <Select
              label={t('map.benefit')}
              description={t('map.benefitHelp')}
              data={benefits.map((b) => ({ value: b.id, label: b.title }))}
              value={benefitId}
              onChange={setBenefitId}
              error={apiFields.benefitId}
              nothingFoundMessage={t('editor.nothingFound')}
              clearable
              searchable
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('editor.cancel')}
            </Button>
            <Button type="submit" loading={creating.loading || updating.loading}>
              {node ? t('editor.save') : t('map.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
