import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { proposalRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../../gql';
import type { BusinessCaseKind } from '../../../gql/graphql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import {
  BoardAgendaDocument,
  ProposalFormOptionsDocument,
  SubmitProposalDocument,
} from '../graphql/proposal.documents';
import { PortfolioProjectsDocument } from '../graphql/portfolio.documents';
import { useFormatters } from '../../../ui/useFormatters';

/** The strategies a proposal can serve. */
export const ProposalForm_strategy = graphql(`
  fragment ProposalForm_strategy on Strategy {
    id
    name
  }
`);

const EMPTY = { name: '', problem: '', asIs: '', toBe: '', resourcesNeeded: '' };
const MONEY: { key: 'oneOffCost' | 'yearlyCost' | 'yearlyBenefit'; kind: BusinessCaseKind }[] = [
  { key: 'oneOffCost', kind: 'ONE_OFF_COST' },
  { key: 'yearlyCost', kind: 'YEARLY_COST' },
  { key: 'yearlyBenefit', kind: 'YEARLY_BENEFIT' },
];

/** A proposal (indstilling) to the digitalisation council: problem, as-is/to-be, business case. */
export function ProposalForm() {
  const { krSuffix, numberInput } = useFormatters();
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const { data } = useQuery(ProposalFormOptionsDocument);
  const strategies = getFragmentData(ProposalForm_strategy, data?.strategies ?? []);
  const [text, setText] = useState(EMPTY);
  const [money, setMoney] = useState<Record<string, number | ''>>({});
  const [strategyIds, setStrategyIds] = useState<string[]>([]);
  const rules = useRuleErrors();
  const [submit, { loading, error, data: submitted, reset }] = useMutation(SubmitProposalDocument, {
    // The proposal joins the agenda and its project joins the portfolio list.
    refetchQueries: [BoardAgendaDocument, PortfolioProjectsDocument],
  });
  const field = (key: keyof typeof EMPTY) => ({
    value: text[key],
    error: rules.message(key),
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setText((s) => ({ ...s, [key]: value }));
      reset();
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const sent = MONEY.filter((m) => typeof money[m.key] === 'number' && money[m.key] !== 0);
    const businessCase = sent.map((m) => ({
      kind: m.kind,
      amount: money[m.key] as number,
      description: t(`proposal.${m.key}`),
    }));
    // The shared rules (`@overblik/domain`) the API checks again; a line's error shows at its amount.
    const found = proposalRuleErrors({ ...text, businessCase, strategyIds }).map((e) => {
      const line = /^businessCase\.(\d+)\./.exec(e.field);
      return line ? { ...e, field: sent[Number(line[1])].key } : e;
    });
    if (!rules.check(found)) return;
    void submit({ variables: { input: { ...text, businessCase, strategyIds } } })
      .then(() => {
        setText(EMPTY);
        setMoney({});
        setStrategyIds([]);
      })
      .catch(() => undefined);
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack maw={760}>
        {submitted && (
          <Alert color="green" role="status">
            {t('proposal.submitted')}
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {describeError(error)}
          </Alert>
        )}
        <TextInput label={t('proposal.name')} required {...field('name')} />
        <Textarea label={t('proposal.problem')} required autosize minRows={2} {...field('problem')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Textarea label={t('proposal.asIs')} autosize minRows={2} {...field('asIs')} />
          <Textarea label={t('proposal.toBe')} autosize minRows={2} {...field('toBe')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {MONEY.map((m) => (
            <NumberInput
              key={m.key}
              label={t(`proposal.${m.key}`)}
              suffix={krSuffix}
              {...numberInput}
              min={0}
              value={money[m.key] ?? ''}
              error={rules.message(m.key)}
              onChange={(v) => setMoney((s) => ({ ...s, [m.key]: typeof v === 'number' ? v : '' }))}
            />
          ))}
        </SimpleGrid>
        <MultiSelect
          label={t('proposal.strategies')}
          data={strategies.map((s) => ({ value: s.id, label: s.name }))}
          value={strategyIds}
          onChange={setStrategyIds}
          searchable
        />
        <Textarea label={t('proposal.resourcesNeeded')} autosize minRows={2} {...field('resourcesNeeded')} />
        <Button type="submit" loading={loading} w="fit-content">
          {t('proposal.submit')}
        </Button>
      </Stack>
    </form>
  );
}
