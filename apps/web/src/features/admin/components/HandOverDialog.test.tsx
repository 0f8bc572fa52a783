import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { HandOverResponsibilitiesDocument, ResponsibilitiesDocument } from '../graphql/hand-over.documents';
import { HandOverDialog } from './HandOverDialog';

const leaver = { id: '33333333-3333-4333-8333-333333333333', name: 'Lise Lund' };
const colleague = { id: '44444444-4444-4444-8444-444444444444', name: 'Karl Krog' };
const usage = {
  kind: 'SYSTEM_USAGE' as const,
  role: 'OWNER' as const,
  id: 'u1',
  name: 'Lønsystem',
  version: 2,
};
const benefit = {
  kind: 'BENEFIT' as const,
  role: 'RESPONSIBLE' as const,
  id: 'b1',
  name: 'Færre fejl',
  version: 1,
};
const listed = (items: (typeof usage | typeof benefit)[]) => ({
  request: { query: ResponsibilitiesDocument, variables: { userId: leaver.id } },
  result: { data: { responsibilities: items.map((i) => ({ __typename: 'Responsibility' as const, ...i })) } },
});

describe('HandOverDialog', () => {
  it('moves the ticked responsibilities to the chosen colleague and lists what is left', async () => {
    renderWithProviders(<HandOverDialog from={leaver} colleagues={[colleague]} onClose={() => undefined} />, {
      mocks: [
        viewerMock(aViewer()),
        listed([usage, benefit]),
        {
          request: {
            query: HandOverResponsibilitiesDocument,
            variables: {
              input: {
                fromUserId: leaver.id,
                toUserId: colleague.id,
                items: [{ kind: 'SYSTEM_USAGE', role: 'OWNER', id: 'u1', version: 2 }],
              },
            },
          },
          result: { data: { handOverResponsibilities: 1 } },
        },
        listed([benefit]),
      ],
    });

    const table = await screen.findByRole('table', { name: 'Det, Lise Lund har ansvar for' });
    expect(within(table).getByRole('rowheader', { name: 'Lønsystem' })).toBeTruthy();
    // Everything starts ticked; the benefit is kept back.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Vælg: Færre fejl (Ansvarlig for hjemtagning)' }));
    const submit = screen.getByRole('button', { name: 'Overdrag valgte (1)' });
    expect(submit.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('combobox', { name: /^Overdrag til/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Karl Krog', hidden: true }));
    fireEvent.click(submit);

    expect((await screen.findByRole('status')).textContent).toBe('1 post er overdraget til Karl Krog.');
    // The list is read again: the handed-over system leaves it, the kept benefit stays.
    await waitFor(() => expect(screen.queryByText('Lønsystem')).toBeNull());
    expect(screen.getByText('Færre fejl')).toBeTruthy();
  });

  it('says so when the person holds nothing', async () => {
    renderWithProviders(<HandOverDialog from={leaver} colleagues={[colleague]} onClose={() => undefined} />, {
      mocks: [viewerMock(aViewer()), listed([])],
    });
    expect(await screen.findByText('Lise Lund har intet ansvar i organisationen.')).toBeTruthy();
  });
});
