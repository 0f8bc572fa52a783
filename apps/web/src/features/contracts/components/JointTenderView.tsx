import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { canEditContract } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useFormatters } from '../../../ui/useFormatters';
import { useCan } from '../../../app/useActor';
import {
  CreateTenderPlanDocument,
  JOINT_TENDER_LIMIT,
  JointTenderCandidatesDocument,
} from '../graphql/contracts.documents';

export const JointTenderView_candidate = graphql(`
  fragment JointTenderView_candidate on JointTenderCandidate {
    key
    matchedOn
    label
    windowStart
    windowEnd
    contracts {
      id
      name
      organisationName
      supplierName
      decisionDate
      yearlyCost
      priceHidden
    }
  }
`);

export const JointTenderView_plan = graphql(`
  fragment JointTenderView_plan on TenderPlan {
    id
    name
    windowStart
    windowEnd
    participants {
      organisationName
    }
  }
`);

/** Joint-tender candidates across collaborating organisations, and the tender plans made from them. */
export function JointTenderView() {
  const { t } = useTranslation('contracts');
  const { formatDate, formatKr } = useFormatters();
  const describeError = useErrorMessage();
  const canPlan = useCan(canEditContract);
  const [windowMonths, setWindowMonths] = useState(18);
  const { data, loading, error, refetch } = useQuery(JointTenderCandidatesDocument, {
    variables: { windowMonths, limit: JOINT_TENDER_LIMIT },
  });
  const [createPlan, created] = useMutation(CreateTenderPlanDocument);
  const [message, setMessage] = useState<string | null>(null);
  const page = data?.jointTenderCandidates;
  const candidates = getFragmentData(JointTenderView_candidate, page?.items ?? []);
  const plans = getFragmentData(JointTenderView_plan, data?.tenderPlans ?? []);

  const plan = async (key: string) => {
    setMessage(null);
    const result = await createPlan({ variables: { input: { candidateKey: key, windowMonths } } }).catch(
      () => null,
    );
    if (result?.data) {
      const newPlan = getFragmentData(JointTenderView_plan, result.data.createTenderPlan);
      setMessage(t('joint.planCreated', { name: newPlan.name }));
      // The new plan joins the plan list, a list the mutation cannot extend.
      await refetch();
    }
  };

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('joint.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('joint.intro')}
      </Text>
      <NumberInput
        label={t('joint.window')}
        value={windowMonths}
        min={1}
        max={120}
        w={200}
        onChange={(v) => typeof v === 'number' && v >= 1 && v <= 120 && setWindowMonths(v)}
      />
      {message && (
        <Alert color="green" role="status">
          {message}
        </Alert>
      )}
      {created.error && (
        <Alert color="red" role="alert">
          {describeError(created.error)}
        </Alert>
      )}
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={candidates.length === 0}
        loadingLabel={t('joint.loading')}
        emptyText={t('joint.empty')}
      >
        {page && page.totalCount > candidates.length && (
          <Alert color="yellow">
            {t('joint.limited', { shown: candidates.length, total: page.totalCount })}
          </Alert>
        )}
        {candidates.map((candidate) => (
          <Card key={candidate.key} withBorder>
            <Group justify="space-between" mb="xs">
              <Badge variant="light">{t(`joint.matchedOn.${candidate.matchedOn as 'SYSTEM'}`)}</Badge>
              {canPlan && (
                <Button size="xs" loading={created.loading} onClick={() => void plan(candidate.key)}>
                  {t('joint.createPlan')}
                </Button>
              )}
            </Group>
            <Table captionSide="top">
              <Table.Caption>
                {t('joint.caption', {
                  label: candidate.label,
                  start: formatDate(candidate.windowStart),
                  end: formatDate(candidate.windowEnd),
                })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('joint.organisation')}</Table.Th>
                  <Table.Th scope="col">{t('joint.contract')}</Table.Th>
                  <Table.Th scope="col">{t('joint.supplier')}</Table.Th>
                  <Table.Th scope="col">{t('joint.decision')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('joint.price')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {candidate.contracts.map((c) => (
                  <Table.Tr key={c.id} data-testid="joint-contract">
                    <Table.Td>{c.organisationName}</Table.Td>
                    <Table.Th scope="row" fw={500}>
                      {c.name}
                    </Table.Th>
                    <Table.Td>{c.supplierName ?? ''}</Table.Td>
                    <Table.Td>{formatDate(c.decisionDate)}</Table.Td>
                    <Table.Td ta="right">
                      {c.priceHidden ? t('joint.priceHidden') : formatKr(c.yearlyCost)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        ))}
      </QueryState>
      <Title order={2} size="h3">
        {t('joint.plans')}
      </Title>
      {plans.length === 0 ? (
        <Text size="sm">{t('joint.noPlans')}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {plans.map((p) => (
            <li key={p.id}>
              <Text fw={600}>{p.name}</Text>
              <Text size="sm">
                {formatDate(p.windowStart)} – {formatDate(p.windowEnd)} · {t('joint.participants')}:{' '}
                {[...new Set(p.participants.map((x) => x.organisationName))].join(', ')}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
