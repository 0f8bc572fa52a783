import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../../gql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import {
  ApproveScenarioDocument,
  CreateScenarioDocument,
  PortfolioBoardDocument,
  PortfolioScenariosDocument,
} from '../graphql/portfolio.documents';
import { usePortfolioPermissions } from '../../../app/usePortfolioPermissions';

export const ScenarioBar_scenario = graphql(`
  fragment ScenarioBar_scenario on PortfolioScenario {
    id
    version
    name
    approvedAt
  }
`);

/** Choose the live ranking or a saved scenario; save the live ranking as one; approve it. */
export function ScenarioBar({
  scenarioId,
  onChange,
}: {
  scenarioId: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const { canRank, canDecide } = usePortfolioPermissions();
  const { data } = useQuery(PortfolioScenariosDocument, { skip: !canRank });
  const [name, setName] = useState('');
  // A new scenario joins the list.
  const [create, created] = useMutation(CreateScenarioDocument, {
    refetchQueries: [PortfolioScenariosDocument],
  });
  // The approved scenario comes back with its fragment; the live board's order, computed on the
  // server from the scenario's keys, is read again.
  const [approve, approved] = useMutation(ApproveScenarioDocument, {
    refetchQueries: [PortfolioBoardDocument],
  });
  const scenarios = getFragmentData(ScenarioBar_scenario, data?.portfolioScenarios ?? []);
  if (!canRank) return null;
  const chosen = scenarios.find((s) => s.id === scenarioId);
  const error = created.error ?? approved.error;

  async function save() {
    const result = await create({ variables: { name: name.trim() } }).catch(() => null);
    const id = result?.data?.createScenario.id;
    if (id) {
      setName('');
      onChange(id);
    }
  }

  return (
    <Group align="flex-end" wrap="wrap">
      <NativeSelect
        label={t('scenario.show')}
        value={scenarioId ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || null)}
        data={[
          { value: '', label: t('scenario.live') },
          ...scenarios.map((s) => ({
            value: s.id,
            label: s.approvedAt ? t('scenario.approvedName', { name: s.name }) : s.name,
          })),
        ]}
      />
      <TextInput label={t('scenario.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <Button variant="default" disabled={!name.trim()} loading={created.loading} onClick={() => void save()}>
        {t('scenario.save')}
      </Button>
      {chosen && !chosen.approvedAt && canDecide && (
        <Button
          loading={approved.loading}
          onClick={() =>
            void approve({ variables: { scenarioId: chosen.id, version: chosen.version } })
              .then(() => onChange(null))
              .catch(() => undefined)
          }
        >
          {t('scenario.approve')}
        </Button>
      )}
      {error && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
    </Group>
  );
}
