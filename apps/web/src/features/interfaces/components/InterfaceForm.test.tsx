import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { CreateInterfaceDocument, ProviderCatalogueSearchDocument } from '../graphql/interfaces.documents';
import { InterfaceForm } from './InterfaceForm';

describe('InterfaceForm', () => {
  it('shows the shared rules’ messages at the fields without calling the API', async () => {
    const sent = jest.fn(() => ({
      data: { createInterface: { __typename: 'Interface', id: 'i1' } },
    }));
    const onDone = jest.fn();
    renderWithProviders(<InterfaceForm onDone={onDone} />, {
      mocks: [
        viewerMock(null),
        {
          request: { query: ProviderCatalogueSearchDocument, variables: { search: null } },
          result: { data: { itSystems: { __typename: 'ItSystemPage', items: [] } } },
        },
        { request: { query: CreateInterfaceDocument, variables: () => true }, result: sent },
      ],
      locale: 'en',
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Protocol' }), {
      target: { value: 'x'.repeat(101) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Required.')).toBeTruthy();
    expect(screen.getByText('Must be at most 100 characters.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Name/ }).getAttribute('aria-invalid')).toBe('true');
    expect(sent).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();

    // Once the rules hold, the form sends.
    fireEvent.change(screen.getByRole('textbox', { name: /^Name/ }), { target: { value: 'Sag-API' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Protocol' }), { target: { value: 'REST' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('i1'));
    expect(sent).toHaveBeenCalledTimes(1);
  });
});
