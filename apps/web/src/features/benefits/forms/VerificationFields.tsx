import { useQuery } from '@apollo/client/react';
import { Fieldset, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerificationKind } from '../../../gql/graphql';
import {
  BenefitContractTargetsDocument,
  BenefitCopyEdgeTargetsDocument,
  BenefitUsageTargetsDocument,
} from '../graphql/benefit-form.documents';
import { VERIFICATION_KINDS } from '@overblik/domain';

interface Props {
  kind: VerificationKind;
  targetId: string | null;
  onKind: (kind: VerificationKind) => void;
  onTarget: (id: string | null) => void;
  error?: string;
}

/**
 * Ties a benefit to a landscape event that realises it: a system usage retired, a contract ended
 * without renewal, or a copy-register purchase replaced. Only the list for the chosen kind is loaded.
 */
export function VerificationFields({ kind, targetId, onKind, onTarget, error }: Props) {
  const { t } = useTranslation('benefits');
  const usages = useQuery(BenefitUsageTargetsDocument, { skip: kind !== 'USAGE_RETIRED' });
  const contracts = useQuery(BenefitContractTargetsDocument, { skip: kind !== 'CONTRACT_ENDED' });
  const edges = useQuery(BenefitCopyEdgeTargetsDocument, { skip: kind !== 'COPY_REGISTER_REPLACED' });

  const targets =
    kind === 'USAGE_RETIRED'
      ? (usages.data?.systemUsages.items ?? []).map((u) => ({ value: u.id, label: u.name }))
      : kind === 'CONTRACT_ENDED'
        ? (contracts.data?.contracts.items ?? []).map((c) => ({ value: c.id, label: c.name }))
        : kind === 'COPY_REGISTER_REPLACED'
          ? (edges.data?.copyRegisterExit.rows ?? []).map((r) => ({
              value: r.edgeId,
              label: `${r.usageName} – ${r.dataSourceName}`,
            }))
          : [];
  const loading = usages.loading || contracts.loading || edges.loading;

  return (
    <Fieldset legend={t('editor.verification')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('editor.verificationHelp')}
        </Text>
        <Select
          label={t('editor.verificationKind')}
          data={VERIFICATION_KINDS.map((k) => ({ value: k, label: t(`editor.kind.${k}`) }))}
          value={kind}
          allowDeselect={false}
          onChange={(v) => v && onKind(v)}
        />
        {kind !== 'NONE' && (
          <Select
            label={t(`editor.targetLabel.${kind}`)}
            description={kind === 'CONTRACT_ENDED' ? t('editor.contractRenewalHelp') : undefined}
            data={targets}
            value={targetId}
            onChange={onTarget}
            error={error}
            placeholder={loading ? t('editor.loadingTargets') : undefined}
            nothingFoundMessage={t('editor.nothingFound')}
            searchable
            required
          />
        )}
      </Stack>
    </Fieldset>
  );
}
