import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { BenefitFormOptionsDocument } from '../graphql/benefit-form.documents';
import { BenefitForm } from './BenefitForm';

const options = {
  request: { query: BenefitFormOptionsDocument },
  result: { data: { units: [], members: [] } },
};

describe('BenefitForm', () => {
  it('shows localised errors on the fields and sends nothing while invalid', async () => {
    const onSaved = jest.fn();
    renderWithProviders(<BenefitForm projectId={null} onSaved={onSaved} onCancel={() => undefined} />, {
      mocks: [viewerMock(null), options],
    });
    // A saving (falls) whose target lies above its baseline, and a profile point without a value.
    fireEvent.change(screen.getByRole('textbox', { name: /Baseline/ }), { target: { value: '100' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Mål \(/ }), { target: { value: '200' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj punkt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opret gevinst' }));
    // The shared rules' messages: title, the point's date and its value are required.
    expect(await screen.findAllByText('Skal udfyldes.')).toHaveLength(3);
    expect(screen.getByText('Målet skal ligge under baseline, når værdien skal falde.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Titel/ }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('4 felter er ikke udfyldt korrekt. Intet er gemt.');
    expect(onSaved).not.toHaveBeenCalled();
  });
});
