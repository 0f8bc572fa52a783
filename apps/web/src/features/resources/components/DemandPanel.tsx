import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { checkRules, demandFields } from '@overblik/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { QueryState } from '../../../ui/QueryState';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { useFormatters } from '../../../ui/useFormatters';
import {
  ProjectDemandsDocument,
  ResourceAllocationsDocument,
  SetResourceDemandDocument,
} from '../graphql/resources.documents';
import { planningQuarters } from '../quarters';

export const DemandPanel_competency = graphql(`
  fragment DemandPanel_competency on Competency {
    id
    name
  }
`);

/** A project whose demand can be set: its name. */
export const DemandPanel_project = graphql(`
  fragment DemandPanel_project on Project {
    id
    name
  }
`);

export const DemandPanel_demand = graphql(`
  fragment DemandPanel_demand on ResourceDemand {
    id
    competencyId
    quarter
    hoursPerWeek
  }
`);

/** What one project asks for per competency and quarter; the coordinator sets it (0 removes). */
export function DemandPanel({
  competencies: refs,
  today,
  canEdit,
}: {
  competencies: readonly FragmentType<typeof DemandPanel_competency>[];
  /** The API's today: the planning horizon starts from its quarter. */
  today: string;
  canEdit: boolean;
}) {
  const competencies = getFragmentData(DemandPanel_competency, refs);
  const { t } = useTranslation('resources');
  const { formatNumber } = useFormatters();
  const describeError = useErrorMessage();
  const quarters = useMemo(() => planningQuarters(today), [today]);
  const projects = useQuery(ResourceAllocationsDocument, { variables: { quarters } });
  const [projectId, setProjectId] = useState<string | null>(null);
  const demands = useQuery(ProjectDemandsDocument, {
    variables: { id: projectId ?? '' },
    skip: !projectId,
  });
  const [competencyId, setCompetencyId] = useState<string | null>(null);
  const [quarter, setQuarter] = useState<string | null>(quarters[1] ?? null);
  const [hours, setHours] = useState<number | ''>('');
  const rules = useRuleErrors();
  const [saved, setSaved] = useState(false);
  const [setDemand, { loading, error, reset }] = useMutation(SetResourceDemandDocument, {
    // A demand can join or (at 0 hours) leave the project's list; the result is not attached to
    // the project, so its list is read again.
    refetchQueries: [ProjectDemandsDocument],
  });
  const serverErrors = apiFieldErrors(error);
  const competencyName = new Map(competencies.map((c) => [c.id, c.name]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    // The shared rules (`@overblik/domain`) the API checks again.
    const checked = checkRules(demandFields, {
      projectId,
      competencyId,
      quarter,
      hoursPerWeek: hours === '' ? null : hours,
    });
    if (!rules.passes(checked)) return;
    const result = await setDemand({ variables: { input: checked.data } }).catch(() => null);
    if (!result?.data) return;
    setSaved(true);
    setHours('');
  };

  const rows = getFragmentData(DemandPanel_demand, demands.data?.project.demands ?? []);
  return (
    <Stack gap="sm">
      <Select
        label={t('demand.project')}
        searchable
        maw={480}
        data={getFragmentData(DemandPanel_project, projects.data?.projects.items ?? []).map((p) => ({
          value: p.id,
          label: p.name,
        }))}
        value={projectId}
        onChange={(v) => {
          setProjectId(v);
          setSaved(false);
          reset();
        }}
      />
      {!projectId ? (
        <Text size="sm">{t('demand.choose')}</Text>
      ) : (
        <>
          <QueryState
            loading={demands.loading && !demands.data}
            error={demands.error}
            onRetry={() => void demands.refetch()}
            empty={!!demands.data && rows.length === 0}
            loadingLabel={t('demand.loading')}
            emptyText={t('demand.empty')}
          >
            <Table>
              <Table.Caption>{t('demand.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('demand.quarter')}</Table.Th>
                  <Table.Th scope="col">{t('demand.competency')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('allocations.hoursShort')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((d) => (
                  <Table.Tr key={d.id}>
                    <Table.Td>{d.quarter}</Table.Td>
                    <Table.Td>{competencyName.get(d.competencyId) ?? '–'}</Table.Td>
                    <Table.Td ta="right">
                      {t('hoursPerWeek', { hours: formatNumber(d.hoursPerWeek) })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </QueryState>
          {canEdit && (
            <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('demand.set')}>
              <Group align="flex-start" gap="sm">
                <Select
                  label={t('demand.competency')}
                  required
                  data={competencies.map((c) => ({ value: c.id, label: c.name }))}
                  value={competencyId}
                  error={rules.message('competencyId') ?? serverErrors.competencyId}
                  onChange={setCompetencyId}
                />
                <Select
                  label={t('demand.quarter')}
                  required
                  data={[...quarters]}
                  value={quarter}
                  allowDeselect={false}
                  error={rules.message('quarter') ?? serverErrors.quarter}
                  onChange={setQuarter}
                  w={130}
                />
                <NumberInput
                  label={t('allocations.hours')}
                  description={t('demand.zeroRemoves')}
                  required
                  min={0}
                  max={168}
                  decimalScale={1}
                  decimalSeparator=","
                  value={hours}
                  error={rules.message('hoursPerWeek') ?? serverErrors.hoursPerWeek}
                  onChange={(v) => setHours(typeof v === 'number' ? v : '')}
                />
                <Button type="submit" loading={loading} mt={25}>
                  {t('demand.set')}
                </Button>
              </Group>
            </form>
          )}
          {saved && (
            <Alert color="green" role="status">
              {t('demand.saved')}
            </Alert>
          )}
          {error && !Object.keys(serverErrors).length && (
            <Alert color="red" role="alert">
              {describeError(error)}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}
