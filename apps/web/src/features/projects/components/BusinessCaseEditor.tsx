import { useMutation } from '@apollo/client/react';
import { BUSINESS_CASE_KINDS, businessCaseLines, businessCaseTotals, checkRules } from '@overblik/domain';
import {
  Alert,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { BusinessCaseKind, BusinessCaseEditor_LineFragment } from '../../../gql/graphql';
import { ScrollTable } from '../../../ui/ScrollTable';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useFormatters } from '../../../ui/useFormatters';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { ProjectDetailDocument } from '../graphql/project.documents';
import { SaveBusinessCaseDocument } from '../graphql/project-records.documents';
import { useProjectKeeper } from '../hooks/useProjectKeeper';

export const BusinessCaseEditor_line = graphql(`
  fragment BusinessCaseEditor_line on BusinessCaseLine {
    id
    kind
    description
    amount
    year
  }
`);

export const BusinessCaseEditor_project = graphql(`
  fragment BusinessCaseEditor_project on Project {
    id
    version
    owner {
      id
    }
    lead {
      id
    }
    businessCase {
      id
      ...BusinessCaseEditor_line
    }
  }
`);

interface DraftLine {
  key: number;
  kind: BusinessCaseKind;
  description: string;
  year: number | '';
  amount: number | '';
}

let nextKey = 1;
const toDraft = (lines: readonly BusinessCaseEditor_LineFragment[]): DraftLine[] =>
  lines.map((l) => ({
    key: nextKey++,
    kind: l.kind,
    description: l.description,
    year: l.year ?? '',
    amount: l.amount,
  }));

function Totals({ lines }: { lines: readonly { kind: BusinessCaseKind; amount: number | '' }[] }) {
  const { t } = useTranslation('projectRecords');
  const { formatKr } = useFormatters();
  const totals = businessCaseTotals(
    lines.map((l) => ({ kind: l.kind, amount: typeof l.amount === 'number' ? l.amount : 0 })),
  );
  const rows = [
    ['totalCost', t('businessCase.totalCost'), totals.totalCost],
    ['totalBenefit', t('businessCase.totalBenefit'), totals.totalBenefit],
    ['net', t('businessCase.net'), totals.net],
  ] as const;
  return (
    <Group component="dl" gap="xl" m={0} aria-label={t('businessCase.totals')}>
      {rows.map(([key, label, value]) => (
        <div key={key}>
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} fw={600} data-testid={`business-case-${key}`}>
            {formatKr(value)}
          </Text>
        </div>
      ))}
    </Group>
  );
}

/** The business case lines with their totals; the project's keepers edit them in place. */
export function BusinessCaseEditor({
  project: ref,
}: {
  project: FragmentType<typeof BusinessCaseEditor_project>;
}) {
  const project = getFragmentData(BusinessCaseEditor_project, ref);
  const businessCase = getFragmentData(BusinessCaseEditor_line, project.businessCase);
  const { t } = useTranslation('projectRecords');
  const { t: tp } = useTranslation('portfolio');
  const { formatKr, krSuffix, numberInput } = useFormatters();
  const describeError = useErrorMessage();
  const { canEditRecords } = useProjectKeeper(project);
  const [draft, setDraft] = useState<DraftLine[] | null>(null);
  const rules = useRuleErrors();
  const [saved, setSaved] = useState(false);
  const [save, { loading, error, reset }] = useMutation(SaveBusinessCaseDocument, {
    // Lines are added and removed (a list change) and the project's version moves on.
    refetchQueries: [{ query: ProjectDetailDocument, variables: { id: project.id } }],
    awaitRefetchQueries: true,
  });
  const serverErrors = apiFieldErrors(error);

  const edit = (key: number, patch: Partial<DraftLine>) => {
    setDraft((lines) => lines?.map((l) => (l.key === key ? { ...l, ...patch } : l)) ?? null);
    reset();
  };

  const submit = async () => {
    if (!draft) return;
    // The shared rules (`@overblik/domain`) the API checks again, on fields named `<line>.<field>`.
    const checked = checkRules(
      businessCaseLines,
      draft.map((l) => ({
        kind: l.kind,
        description: l.description,
        amount: l.amount === '' ? null : l.amount,
        year: l.year === '' ? null : l.year,
      })),
    );
    if (!rules.check(checked.errors) || !checked.ok) return;
    const lines = checked.data;
    const result = await save({
      variables: { projectId: project.id, version: project.version, lines },
    }).catch(() => null);
    if (!result?.data) return;
    setDraft(null);
    setSaved(true);
  };

  const lines = draft ?? businessCase;
  return (
    <Card withBorder component="section" aria-labelledby="business-case-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="business-case-title">
            {t('businessCase.title')}
          </Title>
          {canEditRecords && !draft && (
            <Button
              variant="default"
              onClick={() => {
                setDraft(toDraft(businessCase));
                setSaved(false);
              }}
            >
              {t('businessCase.edit')}
            </Button>
          )}
        </Group>
        {saved && (
          <Alert color="green" role="status">
            {t('businessCase.saved')}
          </Alert>
        )}
        <ScrollTable label={t('businessCase.caption')} minWidth={640}>
          <Table>
            <Table.Caption>{t('businessCase.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{tp('detail.lineKind')}</Table.Th>
                <Table.Th scope="col">{tp('detail.lineDescription')}</Table.Th>
                <Table.Th scope="col">{tp('detail.lineYear')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {tp('detail.lineAmount')}
                </Table.Th>
                {draft && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('businessCase.actions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {draft
                ? draft.map((l, index) => {
                    const n = index + 1;
                    const lineError = (field: string) =>
                      rules.message(`${index}.${field}`) ?? serverErrors[`${index}.${field}`];
                    return (
                      <Table.Tr key={l.key}>
                        <Table.Td>
                          <Select
                            aria-label={t('businessCase.kindOf', { n })}
                            data={BUSINESS_CASE_KINDS.map((k) => ({
                              value: k,
                              label: tp(`businessCaseKind.${k}`),
                            }))}
                            value={l.kind}
                            allowDeselect={false}
                            onChange={(v) => v && edit(l.key, { kind: v })}
                          />
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            aria-label={t('businessCase.descriptionOf', { n })}
                            value={l.description}
                            error={lineError('description')}
                            onChange={(e) => edit(l.key, { description: e.currentTarget.value })}
                          />
                        </Table.Td>
                        <Table.Td>
                          <NumberInput
                            aria-label={t('businessCase.yearOf', { n })}
                            min={2000}
                            max={2100}
                            allowDecimal={false}
                            thousandSeparator=""
                            value={l.year}
                            error={lineError('year')}
                            onChange={(v) => edit(l.key, { year: typeof v === 'number' ? v : '' })}
                            w={110}
                          />
                        </Table.Td>
                        <Table.Td>
                          <NumberInput
                            aria-label={t('businessCase.amountOf', { n })}
                            min={0}
                            suffix={krSuffix}
                            {...numberInput}
                            value={l.amount}
                            error={lineError('amount')}
                            onChange={(v) => edit(l.key, { amount: typeof v === 'number' ? v : '' })}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Button
                            variant="subtle"
                            color="red"
                            size="xs"
                            onClick={() => {
                              setDraft(draft.filter((x) => x.key !== l.key));
                              // Errors name lines by position, which shifts.
                              rules.clear();
                            }}
                          >
                            {t('businessCase.remove')}
                            <VisuallyHidden>{t('businessCase.lineN', { n })}</VisuallyHidden>
                          </Button>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })
                : businessCase.map((l) => (
                    <Table.Tr key={l.id}>
                      <Table.Td>{tp(`businessCaseKind.${l.kind}`)}</Table.Td>
                      <Table.Td>{l.description || '–'}</Table.Td>
                      <Table.Td>{l.year ?? '–'}</Table.Td>
                      <Table.Td ta="right">{formatKr(l.amount)}</Table.Td>
                    </Table.Tr>
                  ))}
              {lines.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={draft ? 5 : 4}>{t('businessCase.empty')}</Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        <Totals lines={lines} />
        {draft && (
          <>
            {error && !Object.keys(serverErrors).length && (
              <Alert color="red" role="alert">
                {describeError(error)}
              </Alert>
            )}
            {error && Object.keys(serverErrors).length > 0 && (
              <Alert color="red" role="alert">
                {t('businessCase.invalid')}
              </Alert>
            )}
            <Group>
              <Button
                variant="default"
                onClick={() =>
                  setDraft([
                    ...draft,
                    { key: nextKey++, kind: 'YEARLY_BENEFIT', description: '', year: '', amount: '' },
                  ])
                }
              >
                {t('businessCase.addLine')}
              </Button>
              <Button loading={loading} onClick={() => void submit()}>
                {t('businessCase.save')}
              </Button>
              <Button
                variant="subtle"
                onClick={() => {
                  setDraft(null);
                  rules.clear();
                  reset();
                }}
              >
                {t('businessCase.cancel')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Card>
  );
}
