import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { makeFragmentData } from '../../../gql';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { DeleteCriterionDocument } from '../graphql/prioritisation.documents';
import { CriteriaEditor, CriteriaEditor_criterion } from './CriteriaEditor';

const criterion = makeFragmentData(
  {
    id: 'c1',
    name: 'Strategisk værdi',
    description: '',
    weight: 3,
    scaleMin: 1,
    scaleMax: 5,
    direction: 'HIGHER_IS_BETTER',
    mandatory: false,
    version: 4,
  },
  CriteriaEditor_criterion,
);

const deleteMock = (result: object) => ({
  request: { query: DeleteCriterionDocument, variables: { id: 'c1', version: 4 } },
  result,
});

async function openDelete() {
  fireEvent.click(screen.getByRole('button', { name: 'Slet Strategisk værdi' }));
  const dialog = await screen.findByRole('dialog', { name: 'Slet Strategisk værdi' });
  expect(dialog.textContent).toContain('Projekternes scorer på det slettes også.');
  return dialog;
}

describe('CriteriaEditor', () => {
  beforeEach(() => window.localStorage.clear());

  it('deletes a criterion after confirmation and says so', async () => {
    const onChanged = jest.fn().mockResolvedValue(undefined);
    renderWithProviders(<CriteriaEditor criteria={[criterion]} canEdit onChanged={onChanged} />, {
      mocks: [viewerMock(aViewer()), deleteMock({ data: { deleteCriterion: true } })],
    });

    const dialog = await openDelete();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slet Strategisk værdi' }));

    expect((await screen.findByRole('status')).textContent).toContain(
      'Kriteriet Strategisk værdi er slettet.',
    );
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('keeps the dialog open with the reason when the criterion changed meanwhile', async () => {
    const onChanged = jest.fn();
    renderWithProviders(<CriteriaEditor criteria={[criterion]} canEdit onChanged={onChanged} />, {
      mocks: [
        viewerMock(aViewer()),
        deleteMock({
          errors: [
            new GraphQLError('Kriteriet er ændret af en anden. Hent siden igen.', {
              extensions: { code: 'STALE_VERSION' },
            }),
          ],
        }),
      ],
    });

    const dialog = await openDelete();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Slet Strategisk værdi' }));

    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'Kriteriet er ændret af en anden. Hent siden igen.',
    );
    expect(onChanged).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annullér' }));
    expect(screen.getByRole('row', { name: /Strategisk værdi/ })).toBeTruthy();
  });

  it('offers no edit or delete to those who do not keep the model', () => {
    renderWithProviders(<CriteriaEditor criteria={[criterion]} canEdit={false} onChanged={jest.fn()} />, {
      mocks: [viewerMock(aViewer())],
    });
    expect(screen.queryByRole('button', { name: 'Slet Strategisk værdi' })).toBeNull();
    expect(screen.queryByRole('form', { name: /Nyt kriterium/ })).toBeNull();
  });
});
