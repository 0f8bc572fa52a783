import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { canPassProjectGate, gateHeldByDecision } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useCan } from '../../../app/useActor';
import { PassGateDocument } from '../graphql/project.documents';

export const GatePanel_project = graphql(`
  fragment GatePanel_project on Project {
    id
    version
    phase
    status
    gate {
      nextPhase
      ok
      missing
    }
  }
`);

/** The gate to the next phase: what it requires, what is missing, and the button to pass it. */
export function GatePanel({
  project: ref,
  phaseNames,
}: {
  project: FragmentType<typeof GatePanel_project>;
  phaseNames: ReadonlyMap<string, string>;
}) {
  const project = getFragmentData(GatePanel_project, ref);
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const canPass = useCan(canPassProjectGate);
  // The mutation returns the gate, facts, history and artefact views' fragments: no refetch.
  const [passGate, { loading, error }] = useMutation(PassGateDocument);
  const { gate } = project;
  const next = gate.nextPhase;
  const held = next !== null && gateHeldByDecision(project.status, false);
  return (
    <Card withBorder component="section" aria-labelledby="gate-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="gate-title">
          {t('gate.title')}
        </Title>
        {!next ? (
          <Text>{t('gate.last')}</Text>
        ) : (
          <>
            <Text>{t('gate.next', { phase: phaseNames.get(next) ?? next })}</Text>
            {held ? (
              <Text>{t('gate.held')}</Text>
            ) : gate.missing.length > 0 ? (
              <Alert color="yellow" title={t('gate.missingTitle')}>
                <List size="sm">
                  {gate.missing.map((kind) => (
                    <List.Item key={kind}>{t(`artefact.${kind}`)}</List.Item>
                  ))}
                </List>
              </Alert>
            ) : (
              <Text c="green">{t('gate.ready')}</Text>
            )}
            {error && (
              <Alert color="red" role="alert">
                {describeError(error)}
              </Alert>
            )}
            {canPass && !held && (
              <Button
                w="fit-content"
                disabled={!gate.ok}
                loading={loading}
                onClick={() =>
                  void passGate({
                    variables: { projectId: project.id, toPhase: next, version: project.version },
                  }).catch(() => undefined)
                }
              >
                {t('gate.pass', { phase: phaseNames.get(next) ?? next })}
              </Button>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
