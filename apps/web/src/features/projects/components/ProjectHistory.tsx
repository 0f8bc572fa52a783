import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';
import { ScrollTable } from '../../../ui/ScrollTable';

export const ProjectHistory_project = graphql(`
  fragment ProjectHistory_project on Project {
    id
    version
    phaseHistory {
      id
      phase
      enteredAt
      leftAt
    }
    lifecycleDecisions {
      id
      action
      reason
      decidedAt
      decidedBy {
        id
        name
      }
    }
    proposals {
      id
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
  }
`);

/** Phase history with dates, every recorded decision on the project's proposals, and the board's lifecycle decisions. */
export function ProjectHistory({
  project: ref,
  phaseNames,
}: {
  project: FragmentType<typeof ProjectHistory_project>;
  phaseNames: ReadonlyMap<string, string>;
}) {
  const project = getFragmentData(ProjectHistory_project, ref);
  const { t } = useTranslation('portfolio');
  const { formatDate } = useFormatters();
  const decisions = project.proposals.flatMap((p) => p.decisions);
  return (
    <>
      <ScrollTable label={t('detail.phaseHistory')} minWidth={480} exportName={t('detail.phaseHistory')}>
        <Table>
          <Table.Caption>{t('detail.phaseHistory')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('detail.phase')}</Table.Th>
              <Table.Th scope="col">{t('detail.entered')}</Table.Th>
              <Table.Th scope="col">{t('detail.left')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {project.phaseHistory.map((h) => (
              <Table.Tr key={h.id}>
                <Table.Td>{phaseNames.get(h.phase) ?? h.phase}</Table.Td>
                <Table.Td>{formatDate(h.enteredAt)}</Table.Td>
                <Table.Td>{h.leftAt ? formatDate(h.leftAt) : '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      <ScrollTable label={t('detail.decisions')} minWidth={480} exportName={t('detail.decisions')}>
        <Table>
          <Table.Caption>{t('detail.decisions')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('detail.decidedAt')}</Table.Th>
              <Table.Th scope="col">{t('detail.stage')}</Table.Th>
              <Table.Th scope="col">{t('detail.decision')}</Table.Th>
              <Table.Th scope="col">{t('detail.decidedBy')}</Table.Th>
              <Table.Th scope="col">{t('decision.reason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {decisions.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{formatDate(d.decidedAt)}</Table.Td>
                <Table.Td>{t(`stage.${d.stage}`)}</Table.Td>
                <Table.Td>{t(`proposalStatus.${d.decision}`)}</Table.Td>
                <Table.Td>{d.decidedBy?.name ?? '–'}</Table.Td>
                <Table.Td>{d.reason || '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {project.lifecycleDecisions.length > 0 && (
        <ScrollTable label={t('lifecycle.log')} minWidth={480} exportName={t('lifecycle.log')}>
          <Table>
            <Table.Caption>{t('lifecycle.log')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('detail.decidedAt')}</Table.Th>
                <Table.Th scope="col">{t('detail.decision')}</Table.Th>
                <Table.Th scope="col">{t('detail.decidedBy')}</Table.Th>
                <Table.Th scope="col">{t('decision.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {project.lifecycleDecisions.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{formatDate(d.decidedAt)}</Table.Td>
                  <Table.Td>{t(`lifecycle.decided.${d.action}`)}</Table.Td>
                  <Table.Td>{d.decidedBy?.name ?? '–'}</Table.Td>
                  <Table.Td>{d.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </>
  );
}
