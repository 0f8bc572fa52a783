import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { CreateExternalReferenceDocument, ExternalReferencesDocument } from '../graphql/references.documents';
import { ExternalReferencesSection } from './ExternalReferencesSection';

const USAGE = '12121212-1212-4121-8121-121212121212';
const variables = { subject: 'SYSTEM_USAGE', subjectId: USAGE };
const reference = {
  __typename: 'ExternalReference' as const,
  id: '34343434-3434-4343-8343-343434343434',
  version: 1,
  title: 'Databehandleraftale',
  documentId: '27.24.00-G01-3-24',
  url: 'https://esdh.nordby.dk/sag/3-24',
};
const list = (items: (typeof reference)[]) => ({
  request: { query: ExternalReferencesDocument, variables },
  result: { data: { externalReferences: items } },
});

describe('ExternalReferencesSection', () => {
  it('lists the references with the title as a link that opens in a new tab', async () => {
    renderWithProviders(<ExternalReferencesSection subject="SYSTEM_USAGE" subjectId={USAGE} />, {
      mocks: [viewerMock(aViewer()), list([reference])],
    });
    const link = await screen.findByRole('link', { name: 'Databehandleraftale' });
    expect(link.getAttribute('href')).toBe(reference.url);
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.getByText('27.24.00-G01-3-24')).toBeTruthy();
  });

  it('checks the address before sending, then adds the reference and shows the list again', async () => {
    const sent = jest.fn(() => ({
      data: { createExternalReference: { ...reference, id: 'new', title: 'Kontrakt' } },
    }));
    renderWithProviders(<ExternalReferencesSection subject="SYSTEM_USAGE" subjectId={USAGE} />, {
      mocks: [
        viewerMock(aViewer()),
        list([]),
        { request: { query: CreateExternalReferenceDocument, variables: () => true }, result: sent },
        list([{ ...reference, id: 'new', title: 'Kontrakt' }]),
      ],
    });
    expect(await screen.findByText(/Ingen referencer endnu/)).toBeTruthy();
    // The button waits for the viewer's roles, which may answer after the list.
    fireEvent.click(await screen.findByRole('button', { name: 'Tilføj reference' }));
    const form = screen.getByRole('form', { name: 'Ny reference' });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Titel/ }), {
      target: { value: 'Kontrakt' },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Webadresse/ }), {
      target: { value: 'javascript:alert(1)' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem' }));
    expect(
      await within(form).findByText('Skal være en webadresse, der begynder med http:// eller https://.'),
    ).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByRole('textbox', { name: /^Webadresse/ }), {
      target: { value: 'https://esdh.nordby.dk/sag/3-24' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect((sent.mock.calls[0] as unknown[])[0]).toEqual({
      input: { ...variables, title: 'Kontrakt', documentId: '', url: 'https://esdh.nordby.dk/sag/3-24' },
    });
    expect(await screen.findByRole('link', { name: 'Kontrakt' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Ny reference' })).toBeNull();
  });

  it('offers no changes to a reader', async () => {
    const reader = aViewer();
    reader.memberships[0].roles = ['READER' as never];
    renderWithProviders(<ExternalReferencesSection subject="SYSTEM_USAGE" subjectId={USAGE} />, {
      mocks: [viewerMock(reader), list([reference])],
    });
    expect(await screen.findByRole('link', { name: 'Databehandleraftale' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tilføj reference' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Fjern Databehandleraftale' })).toBeNull();
  });
});
