import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { BenefitMapDocument, UpdateBenefitMapNodeDocument } from '../graphql/benefit-map.documents';
import { BenefitMapSection } from './BenefitMapSection';

const PROJECT_ID = '66666666-6666-4666-8666-666666666666';
// Node ids are UUIDs, as the API's are: the dialog runs the API's rules on them before sending.
const D1 = 'd1d1d1d1-0000-4000-8000-000000000001';
const G1 = 'a1a1a1a1-0000-4000-8000-000000000001';
const G2 = 'a2a2a2a2-0000-4000-8000-000000000002';

/** Every field the map query and the mutation's fragments select. */
const node = (id: string, kind: string, label: string, targetId: string | null, version = 1) => ({
  __typename: 'BenefitMapNode' as const,
  id,
  version,
  kind,
  label,
  benefitId: null,
  targetId,
});

// The map, answered once per test: a refetch finds no response and fails the test.
const map = {
  request: { query: BenefitMapDocument, variables: { projectId: PROJECT_ID } },
  result: {
    data: {
      benefitMap: [
        node(D1, 'DELIVERABLE', 'Ny portal', G1),
        node(G1, 'GOAL', 'Færre opkald', null),
        node(G2, 'GOAL', 'Hurtigere svar', null),
      ],
    },
  },
};

describe('benefit map views and the normalised cache', () => {
  it('show a node’s new target in the map and in its dialog from the mutation result, without a refetch', async () => {
    const update = {
      request: {
        query: UpdateBenefitMapNodeDocument,
        variables: {
          input: {
            label: 'Ny portal',
            kind: 'DELIVERABLE',
            targetId: G2,
            benefitId: null,
            id: D1,
            version: 1,
          },
        },
      },
      result: { data: { updateBenefitMapNode: node(D1, 'DELIVERABLE', 'Ny portal', G2, 2) } },
    };
    renderWithProviders(<BenefitMapSection projectId={PROJECT_ID} benefits={[]} canEdit />, {
      mocks: [viewerMock(aViewer()), map, update],
    });

    const deliverable = (await screen.findByText('Ny portal', { selector: 'p' })).closest('li')!;
    const goal = (label: string) => screen.getByText(label, { selector: 'p' }).closest('li')!;
    expect(within(deliverable).getByRole('link', { name: 'Færre opkald' })).toBeTruthy();
    expect(within(goal('Færre opkald')).getByText(/Bidrag fra/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Redigér »Ny portal«' }));
    let dialog = await screen.findByRole('dialog', { name: 'Redigér »Ny portal«' });
    fireEvent.click(within(dialog).getByRole('combobox', { name: /Bidrager til/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Hurtigere svar (Mål)', hidden: true }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem ændringer' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // The section: the deliverable points at the new goal, which names it; the old goal no longer does.
    await waitFor(() =>
      expect(within(deliverable).getByRole('link', { name: 'Hurtigere svar' })).toBeTruthy(),
    );
    expect(within(goal('Hurtigere svar')).getByRole('link', { name: 'Ny portal' })).toBeTruthy();
    expect(within(goal('Færre opkald')).queryByText(/Bidrag fra/)).toBeNull();

    // The dialog, opened again, starts from the saved node (its new target and version).
    fireEvent.click(screen.getByRole('button', { name: 'Redigér »Ny portal«' }));
    dialog = await screen.findByRole('dialog', { name: 'Redigér »Ny portal«' });
    expect(within(dialog).getByRole<HTMLInputElement>('combobox', { name: /Bidrager til/ }).value).toBe(
      'Hurtigere svar (Mål)',
    );
  });

  it('shows the shared label rule at the field of an emptied node and sends nothing', async () => {
    // Only the map is answered: a mutation would find no response and show an error.
    renderWithProviders(<BenefitMapSection projectId={PROJECT_ID} benefits={[]} canEdit />, {
      mocks: [viewerMock(aViewer()), map],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Redigér »Ny portal«' }));
    const dialog = await screen.findByRole('dialog', { name: 'Redigér »Ny portal«' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Tekst/ }), { target: { value: '   ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem ændringer' }));
    expect(await within(dialog).findByText('Skal udfyldes.')).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});
