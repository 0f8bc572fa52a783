import { useQuery } from '@apollo/client/react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TodayDocument } from '../../../app/useToday';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { BenefitDetailDocument, RecordMeasurementDocument } from '../graphql/benefits.documents';
import { BenefitFacts } from './BenefitFacts';
import { MeasurementForm } from './MeasurementForm';
import { MeasurementHistory } from './MeasurementHistory';

const ID = '33333333-3333-4333-8333-333333333333';
const TODAY = '2026-05-10';

const measurement = (id: string, measuredOn: string, value: number) => ({
  __typename: 'BenefitMeasurement' as const,
  id,
  measuredOn,
  value,
  comment: '',
  createdAt: `${measuredOn}T10:00:00.000Z`,
});

/** Every field the detail query and the mutation's fragments select. */
const aBenefit = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Benefit' as const,
  id: ID,
  version: 1,
  title: 'Færre manuelle opslag',
  description: '',
  type: 'TIME_SAVING',
  cashable: false,
  baseline: 0,
  target: 100,
  unitOfMeasure: 'timer',
  direction: 'INCREASE',
  dueDate: null,
  responsibleUserId: null,
  accountableUserId: null,
  responsible: null,
  accountable: null,
  harvestingUnit: null,
  project: null,
  realisationPercent: 10,
  varianceRag: 'RED',
  realisedGainKr: null,
  verification: null,
  measurements: [measurement('m1', '2026-04-01', 10)],
  ...overrides,
});

/** The benefit page's views over its query, as the route composes them. */
function BenefitViews() {
  const benefit = useQuery(BenefitDetailDocument, { variables: { id: ID } }).data?.benefit;
  if (!benefit) return null;
  return (
    <>
      <BenefitFacts benefit={benefit} />
      <MeasurementForm benefitId={ID} unitOfMeasure={benefit.unitOfMeasure} />
      <MeasurementHistory benefit={benefit} />
    </>
  );
}

describe('benefit views and the normalised cache', () => {
  it('show a recorded measurement and the new realisation from the mutation result, without a refetch', async () => {
    // The detail query is answered once: a refetch would find no response and fail the test.
    const detail = {
      request: { query: BenefitDetailDocument, variables: { id: ID } },
      result: { data: { benefit: aBenefit() } },
    };
    const record = {
      request: {
        query: RecordMeasurementDocument,
        variables: { input: { benefitId: ID, measuredOn: TODAY, value: 35, comment: '' } },
      },
      result: {
        data: {
          recordMeasurement: aBenefit({
            version: 2,
            realisationPercent: 35,
            varianceRag: 'AMBER',
            measurements: [measurement('m1', '2026-04-01', 10), measurement('m2', TODAY, 35)],
          }),
        },
      },
    };
    const today = {
      request: { query: TodayDocument },
      result: { data: { contractToday: TODAY } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderWithProviders(<BenefitViews />, { mocks: [viewerMock(null), today, detail, record] });

    expect((await screen.findByTestId('benefit-realisation')).textContent).toBe('10 %');
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(/Måledato/).value).toBe(TODAY));
    fireEvent.change(screen.getByRole('textbox', { name: /Målt værdi/ }), { target: { value: '35' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem måling' }));

    await waitFor(() => expect(screen.getByTestId('benefit-realisation').textContent).toBe('35 %'));
    const history = screen.getByRole('table', { name: /måling/i });
    expect(within(history).getAllByRole('row')).toHaveLength(3);
    expect(within(history).getByText('35')).toBeTruthy();
  });
});
