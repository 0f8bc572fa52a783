import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { RecordMeasurementDocument } from '../graphql/benefits.documents';
import { MeasurementForm } from './MeasurementForm';

const BENEFIT_ID = '33333333-3333-4333-8333-333333333333';

describe('MeasurementForm', () => {
  it('refuses a missing value and a future date before sending anything', async () => {
    renderWithProviders(<MeasurementForm benefitId={BENEFIT_ID} unitOfMeasure="kr." />, {
      mocks: [viewerMock(null)],
    });
    fireEvent.change(screen.getByLabelText(/Måledato/), { target: { value: '2999-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem måling' }));
    expect(await screen.findByText('Angiv den målte værdi.')).toBeTruthy();
    expect(screen.getByText('Datoen må ikke ligge i fremtiden.')).toBeTruthy();
  });

  it('records a valid measurement and confirms it', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
    const mock = {
      request: {
        query: RecordMeasurementDocument,
        variables: {
          input: { benefitId: BENEFIT_ID, measuredOn: today, value: 1250, comment: 'Første måling' },
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
      mocks: [viewerMock(null), mock],
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Målt værdi/ }), { target: { value: '1250' } });
    fireEvent.change(screen.getByLabelText('Kommentar'), { target: { value: 'Første måling' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem måling' }));
    await waitFor(() => expect(screen.getByText('Målingen er gemt.')).toBeTruthy());
  });
});
