import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { checkRules, RAGS, statusReportFields } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useToday } from '../../../app/useToday';
import type { Rag, StatusReportsSection_ProjectFragment } from '../../../gql/graphql';
import { QueryState } from '../../../ui/QueryState';
import { ScrollTable } from '../../../ui/ScrollTable';
import { fieldColumns, type ExportScope } from '../../../ui/table/table-export';
import { TableExport } from '../../../ui/table/TableExport';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useFormatters } from '../../../ui/useFormatters';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { RagBadge } from '../../../ui/RagBadge';
import { ProjectDetailDocument } from '../graphql/project.documents';
import { FileStatusReportDocument, ProjectRecordsDocument } from '../graphql/project-records.documents';
import { useProjectKeeper } from '../hooks/useProjectKeeper';

export const StatusReportsSection_project = graphql(`
  fragment StatusReportsSection_project on Project {
    id
    version
    owner {
      id
    }
    lead {
      id
    }
    budget
  }
`);

export const StatusReportsSection_report = graphql(`
  fragment StatusReportsSection_report on StatusReport {
    id
    periodEnd
    overall
    ragTime
    ragCost
    ragQuality
    ragScope
    progressPercent
    spent
    budget
    risks
    nextSteps
    reportedBy {
      id
      name
    }
  }
`);

/** The project's reports, as the records query reads them for this section. */
export const StatusReportsSection_records = graphql(`
  fragment StatusReportsSection_records on Project {
    id
    statusReports {
      id
      ...StatusReportsSection_report
    }
  }
`);

type Project = StatusReportsSection_ProjectFragment;
const DIMENSIONS = ['ragTime', 'ragCost', 'ragQuality', 'ragScope'] as const;
type Dimension = (typeof DIMENSIONS)[number];
const RADIO_COLOUR = { GREEN: 'green', AMBER: 'yellow', RED: 'red' } as const;

interface Draft {
  /** Null until the user picks a day: the report then covers up to the API's today. */
  periodEnd: string | null;
  rag: Record<Dimension, Rag | ''>;
  progressPercent: number | '';
  spent: number | '';
  budget: number | '';
  risks: string;
  nextSteps: string;
}

const emptyDraft = (budget: number): Draft => ({
  periodEnd: null,
  rag: { ragTime: '', ragCost: '', ragQuality: '', ragScope: '' },
  progressPercent: '',
  spent: '',
  budget,
  risks: '',
  nextSteps: '',
});

function StatusReportForm({ project, onFiled }: { project: Project; onFiled: () => void }) {
  const { krSuffix, numberInput } = useFormatters();
  const { t } = useTranslation('projectRecords');
  const { t: tp } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const today = useToday();
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(project.budget));
  const periodEnd = draft.periodEnd ?? today ?? '';
  const rules = useRuleErrors();
  const [file, { loading, error, reset }] = useMutation(FileStatusReportDocument, {
    // A new report joins the list, and the latest status is computed on the server.
    refetchQueries: [
      { query: ProjectRecordsDocument, variables: { id: project.id } },
      { query: ProjectDetailDocument, variables: { id: project.id } },
    ],
    awaitRefetchQueries: true,
    // The portfolio overview (cached from an earlier visit) must ask again for the latest status.
    update: (cache) => {
      cache.evict({
        id: cache.identify({ __typename: 'Project', id: project.id }),
        fieldName: 'latestStatus',
      });
    },
  });
  const serverErrors = apiFieldErrors(error);
  const fieldError = (key: string) => rules.message(key) ?? serverErrors[key];
  const update = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    reset();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const blankAsNull = (v: number | '') => (v === '' ? null : v);
    const input = {
      periodEnd,
      ...draft.rag,
      progressPercent: blankAsNull(draft.progressPercent),
      spent: blankAsNull(draft.spent),
      budget: blankAsNull(draft.budget),
      risks: draft.risks,
      nextSteps: draft.nextSteps,
    };
    // The shared rules (`@overblik/domain`) the API checks again.
    const checked = checkRules(statusReportFields, input);
    if (!rules.check(checked.errors) || !checked.ok) return;
    const result = await file({
      variables: { input: { ...checked.data, projectId: project.id } },
    }).catch(() => null);
    if (!result?.data?.fileStatusReport) return;
    setDraft(emptyDraft(project.budget));
    onFiled();
  };

  const money = (key: 'spent' | 'budget') => (
    <NumberInput
      label={t(`statusReports.${key}`)}
      required
      min={0}
      suffix={krSuffix}
      {...numberInput}
      value={draft[key]}
      error={fieldError(key)}
      onChange={(v) => update({ [key]: typeof v === 'number' ? v : '' })}
    />
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="status-report-form-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="status-report-form-title">
          {t('statusReports.new')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('statusReports.periodEnd')}
            required
            value={periodEnd}
            error={fieldError('periodEnd')}
            onChange={(e) => update({ periodEnd: e.currentTarget.value })}
          />
          <NumberInput
            label={t('statusReports.progress')}
            required
            min={0}
            max={100}
            suffix=" %"
            allowDecimal={false}
            value={draft.progressPercent}
            error={fieldError('progressPercent')}
            onChange={(v) => update({ progressPercent: typeof v === 'number' ? v : '' })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {DIMENSIONS.map((dim) => (
            <Radio.Group
              key={dim}
              label={t(`statusReports.${dim}`)}
              required
              value={draft.rag[dim]}
              error={fieldError(dim)}
              onChange={(v) => update({ rag: { ...draft.rag, [dim]: v as Rag } })}
            >
              <Group gap="md" mt={4}>
                {RAGS.map((rag) => (
                  <Radio key={rag} value={rag} label={tp(`rag.${rag}`)} color={RADIO_COLOUR[rag]} />
                ))}
              </Group>
            </Radio.Group>
          ))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {money('spent')}
          {money('budget')}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea
            label={t('statusReports.risks')}
            autosize
            minRows={2}
            value={draft.risks}
            error={fieldError('risks')}
            onChange={(e) => update({ risks: e.currentTarget.value })}
          />
          <Textarea
            label={t('statusReports.nextSteps')}
            autosize
            minRows={2}
            value={draft.nextSteps}
            error={fieldError('nextSteps')}
            onChange={(e) => update({ nextSteps: e.currentTarget.value })}
          />
        </SimpleGrid>
        {error && !Object.keys(serverErrors).length && (
          <Alert color="red" role="alert">
            {describeError(error)}
          </Alert>
        )}
        <Button type="submit" loading={loading} w="fit-content">
          {t('statusReports.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The project's status reports (newest first) and, for its lead or the coordinator, a new one. */
export function StatusReportsSection({
  project: ref,
}: {
  project: FragmentType<typeof StatusReportsSection_project>;
}) {
  const project = getFragmentData(StatusReportsSection_project, ref);
  const { t } = useTranslation('projectRecords');
  const { t: tp } = useTranslation('portfolio');
  const { formatDate, formatKr } = useFormatters();
  const { canReport } = useProjectKeeper(project);
  const [filed, setFiled] = useState(false);
  const { data, loading, error, refetch } = useQuery(ProjectRecordsDocument, {
    variables: { id: project.id },
  });
  const records = getFragmentData(StatusReportsSection_records, data?.project);
  const reports = [...getFragmentData(StatusReportsSection_report, records?.statusReports ?? [])].reverse();
  type Report = (typeof reports)[number];
  type Field = { header: string; value: (r: Report) => string | number | null };
  const start: Field[] = [
    { header: t('statusReports.periodEnd'), value: (r) => r.periodEnd },
    { header: t('statusReports.overall'), value: (r) => tp(`rag.${r.overall}`) },
    ...DIMENSIONS.map((dim): Field => ({
      header: t(`statusReports.${dim}`),
      value: (r) => tp(`rag.${r[dim]}`),
    })),
    { header: t('statusReports.progress'), value: (r) => r.progressPercent },
  ];
  const reportedBy: Field = { header: t('statusReports.reportedBy'), value: (r) => r.reportedBy?.name ?? '' };
  // As shown: spending as "x of y" and risks with next steps in one column; all: each field alone.
  const exportColumns = (scope: ExportScope) =>
    fieldColumns(
      reports,
      scope === 'visible'
        ? [
            ...start,
            {
              header: t('statusReports.spentOfBudget'),
              value: (r) =>
                t('statusReports.spentOf', { spent: formatKr(r.spent), budget: formatKr(r.budget) }),
            },
            {
              header: t('statusReports.risksAndNext'),
              value: (r) => [r.risks, r.nextSteps].filter(Boolean).join('\n'),
            },
            reportedBy,
          ]
        : [
            ...start,
            { header: t('statusReports.spent'), value: (r) => r.spent },
            { header: t('statusReports.budget'), value: (r) => r.budget },
            { header: t('statusReports.risks'), value: (r) => r.risks },
            { header: t('statusReports.nextSteps'), value: (r) => r.nextSteps },
            reportedBy,
          ],
    );
  return (
    <Card withBorder component="section" aria-labelledby="status-reports-title">
      <Stack gap="md">
        <Title order={2} size="h3" id="status-reports-title">
          {t('statusReports.title')}
        </Title>
        {filed && (
          <Alert color="green" role="status">
            {t('statusReports.filed')}
          </Alert>
        )}
        {canReport && <StatusReportForm project={project} onFiled={() => setFiled(true)} />}
        <QueryState
          loading={loading && !data}
          error={error}
          onRetry={() => void refetch()}
          empty={!!data && reports.length === 0}
          loadingLabel={t('statusReports.loading')}
          emptyText={t('statusReports.empty')}
        >
          <TableExport name={t('statusReports.exportName')} columns={exportColumns} />
          <ScrollTable label={t('statusReports.caption')} minWidth={760}>
            <Table striped>
              <Table.Caption>{t('statusReports.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('statusReports.periodEnd')}</Table.Th>
                  <Table.Th scope="col">{t('statusReports.overall')}</Table.Th>
                  {DIMENSIONS.map((dim) => (
                    <Table.Th scope="col" key={dim}>
                      {t(`statusReports.${dim}`)}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col">{t('statusReports.progress')}</Table.Th>
                  <Table.Th scope="col">{t('statusReports.spentOfBudget')}</Table.Th>
                  <Table.Th scope="col">{t('statusReports.risksAndNext')}</Table.Th>
                  <Table.Th scope="col">{t('statusReports.reportedBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {reports.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Th scope="row" fw="normal">
                      {formatDate(r.periodEnd)}
                    </Table.Th>
                    <Table.Td>
                      <RagBadge rag={r.overall} />
                    </Table.Td>
                    {DIMENSIONS.map((dim) => (
                      <Table.Td key={dim}>{tp(`rag.${r[dim]}`)}</Table.Td>
                    ))}
                    <Table.Td>{`${r.progressPercent} %`}</Table.Td>
                    <Table.Td>
                      {t('statusReports.spentOf', { spent: formatKr(r.spent), budget: formatKr(r.budget) })}
                    </Table.Td>
                    <Table.Td>
                      {r.risks && (
                        <Text size="sm">
                          <strong>{t('statusReports.risks')}:</strong> {r.risks}
                        </Text>
                      )}
                      {r.nextSteps && (
                        <Text size="sm">
                          <strong>{t('statusReports.nextSteps')}:</strong> {r.nextSteps}
                        </Text>
                      )}
                      {!r.risks && !r.nextSteps && '–'}
                    </Table.Td>
                    <Table.Td>{r.reportedBy?.name ?? '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </QueryState>
      </Stack>
    </Card>
  );
}
