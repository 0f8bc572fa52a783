import { fireEvent, screen, waitFor } from '@testing-library/react';
import { TodayDocument } from '../../../app/useToday';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { RecordMeasurementDocument } from '../graphql/benefits.documents';
import { MeasurementForm } from './MeasurementForm';

const BENEFIT_ID = '33333333-3333-4333-8333-333333333333';
// The API's today, deliberately not the browser's: the form's date rule follows the server.
const TODAY = '2026-05-10';
const todayMock = {
  request: { query: TodayDocument },
  result: { data: { contractToday: TODAY } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('MeasurementForm', () => {
  it("refuses a missing value and a date after the API's today before sending anything", async () => {
    renderWithProviders(<MeasurementForm benefitId={BENEFIT_ID} unitOfMeasure="kr." />, {
      mocks: [viewerMock(null), todayMock],
    });
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(/Måledato/).value).toBe(TODAY));
    fireEvent.change(screen.getByLabelText(/Måledato/), { target: { value: '2026-05-11' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem måling' }));
    // The shared measurement rules (measurementOn) answer before anything is sent.
    expect(await screen.findByText('Skal udfyldes.')).toBeTruthy();
    expect(screen.getByText('Datoen må ikke ligge i fremtiden.')).toBeTruthy();
  });

  it("records a valid measurement dated the API's today and confirms it", async () => {
    const mock = {
      request: {
        query: RecordMeasurementDocument,
        variables: {
          input: { benefitId: BENEFIT_ID, measuredOn: TODAY, value: 1250, comment: 'Første måling' },
        },
      },
      result: {
        data: {
          recordMeasurement: {
            __typename: 'Benefit' as const,
            id: BENEFIT_ID,
            realisationPercent: 10,
            varianceRag: 'GREEN' as const,
            realisedGainKr: 1250,
            measurements: [],
          },
        },
      },
    };
    renderWithProviders(<MeasurementForm benefitId={BENEFIT_ID} unitOfMeasure="kr." />, {
      mocks: [viewerMock(null), todayMock, mock],
    });
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(/Måledato/).value).toBe(TODAY));
    fireEvent.change(screen.getByRole('textbox', { name: /Målt værdi/ }), { target: { value: '1250' } });
    fireEvent.change(screen.getByLabelText('Kommentar'), { target: { value: 'Første måling' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem måling' }));
    await waitFor(() => expect(screen.getByText('Målingen er gemt.')).toBeTruthy());
  });

  it('reads a value typed the English way (1,250.5) in English', async () => {
    const mock = {
      request: {
        query: RecordMeasurementDocument,
        variables: { input: { benefitId: BENEFIT_ID, measuredOn: TODAY, value: 1250.5, comment: '' } },
      },
      result: {
        data: {
          recordMeasurement: {
            __typename: 'Benefit' as const,
            id: BENEFIT_ID,
            realisationPercent: 10,
            varianceRag: 'GREEN' as const,
            realisedGainKr: 1250.5,
            measurements: [],
          },
        },
      },
    };
    renderWithProviders(<MeasurementForm benefitId={BENEFIT_ID} unitOfMeasure="hours" />, {
      mocks: [viewerMock(null), todayMock, mock],
      locale: 'en',
    });
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>(/Measured on/).value).toBe(TODAY));
    const value = screen.getByRole('textbox', { name: /Measured value/ });
    fireEvent.change(value, { target: { value: '1,250.5' } });
    expect((value as HTMLInputElement).value).toBe('1,250.5');
    fireEvent.click(screen.getByRole('button', { name: 'Save measurement' }));
    await waitFor(() => expect(screen.getByText('The measurement is saved.')).toBeTruthy());
  });
});
