import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import { DecisionPanel } from './DecisionPanel';

export const AgendaItem_proposal = graphql(`
  fragment AgendaItem_proposal on Proposal {
    id
    status
    version
    problem
    asIs
    toBe
    resourcesNeeded
    submittedAt
    submittedBy {
      id
      name
    }
    project {
      id
      name
      unit {
        id
        name
      }
    }
    decisions {
      id
      stage
      decision
      reason
      decidedAt
      decidedBy {
        id
        name
      }
    }
  }
`);

/** One proposal on the board-meeting agenda, with its earlier decisions and, if allowed, a decision panel. */
export function AgendaItem({
  proposal: ref,
  stage,
  mayDecide,
  number,
}: {
  proposal: FragmentType<typeof AgendaItem_proposal>;
  stage: 'COUNCIL' | 'BOARD';
  mayDecide: boolean;
  number: number;
}) {
  const { t } = useTranslation('portfolio');
  const { formatDate } = useFormatters();
  const p = getFragmentData(AgendaItem_proposal, ref);
  return (
    <Card withBorder component="article" aria-labelledby={`agenda-${p.id}`}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={`agenda-${p.id}`}>
          {number}. <Link to={`/portefolje/projekter/${p.project.id}`}>{p.project.name}</Link>
        </Title>
        <Text size="sm" c="dimmed">
          {t('agenda.submittedBy', {
            name: p.submittedBy?.name ?? '–',
            date: p.submittedAt ? formatDate(p.submittedAt) : '–',
          })}
          {p.project.unit && ` · ${p.project.unit.name}`}
        </Text>
        <Text size="sm">
          <strong>{t('proposal.problem')}:</strong> {p.problem}
        </Text>
        {p.toBe && (
          <Text size="sm">
            <strong>{t('proposal.toBe')}:</strong> {p.toBe}
          </Text>
        )}
        {p.decisions.map((d) => (
          <Text size="sm" key={d.id}>
            {t('agenda.decision', {
              decision: t(`proposalStatus.${d.decision}`),
              name: d.decidedBy?.name ?? '–',
              date: formatDate(d.decidedAt),
            })}
            {d.reason && ` – ${d.reason}`}
          </Text>
        ))}
        {mayDecide && (
          <DecisionPanel proposalId={p.id} version={p.version} stage={stage} name={p.project.name} />
        )}
      </Stack>
    </Card>
  );
}
