import { fireEvent, screen, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { StandardRequirementsDocument } from '../graphql/requirements.documents';
import { StandardRequirementsPanel } from './StandardRequirementsPanel';

const empty = {
  request: { query: StandardRequirementsDocument },
  result: { data: { standardRequirements: [] } },
};

describe('StandardRequirementsPanel', () => {
  it('shows the shared rules at the fields of a new requirement and sends nothing while they are broken', async () => {
    // No response for CreateStandardRequirement: a request would fail the form with an error alert.
    renderWithProviders(<StandardRequirementsPanel />, { mocks: [viewerMock(aViewer()), empty] });
    fireEvent.click(await screen.findByRole('button', { name: 'Nyt standardkrav' }));
    const form = await screen.findByRole('form', { name: 'Nyt standardkrav' });
    fireEvent.change(within(form).getByLabelText(/^Kategori/), { target: { value: '   ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem' }));
    expect(await within(form).findAllByText('Skal udfyldes.')).toHaveLength(2);
    expect(within(form).getByLabelText(/^Krav/).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(within(form).getByLabelText(/^Kategori/), { target: { value: 'k'.repeat(101) } });
    fireEvent.change(within(form).getByLabelText(/^Krav/), { target: { value: 'Logning' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem' }));
    expect(await within(form).findByText(/100 tegn/)).toBeTruthy();
    expect(within(form).queryByText('Skal udfyldes.')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
