import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import {
  RequirementChecklistDocument,
  UpdateRequirementCheckDocument,
} from '../graphql/requirements.documents';
import { RequirementChecklist } from './RequirementChecklist';

const PROJECT = '44444444-4444-4444-8444-444444444444';

const aCheck = (id: string, title: string, overrides: Record<string, unknown> = {}) => ({
  __typename: 'RequirementCheck' as const,
  id,
  fulfilled: false,
  note: '',
  version: 1,
  requirement: {
    __typename: 'StandardRequirement' as const,
    id: `r-${id}`,
    category: 'Sikkerhed',
    title,
    description: '',
  },
  ...overrides,
});

describe('requirement checklist and the normalised cache', () => {
  it('shows a ticked requirement in its row and in the progress from the mutation result, without a refetch', async () => {
    // The checklist query is answered once: a refetch would find no response and fail the test.
    const checklist = {
      request: { query: RequirementChecklistDocument, variables: { projectId: PROJECT } },
      result: { data: { requirementChecklist: [aCheck('c1', 'Logning'), aCheck('c2', 'Kryptering')] } },
    };
    const tick = {
      request: {
        query: UpdateRequirementCheckDocument,
        variables: { input: { id: 'c1', version: 1, fulfilled: true, note: '' } },
      },
      result: { data: { updateRequirementCheck: aCheck('c1', 'Logning', { fulfilled: true, version: 2 }) } },
    };
    renderWithProviders(<RequirementChecklist projectId={PROJECT} />, {
      mocks: [viewerMock(aViewer()), checklist, tick],
    });

    expect(await screen.findByText('0 af 2 krav opfyldt (0 %)')).toBeTruthy();
    const row = screen.getByRole('checkbox', { name: 'Logning' }).closest('li')!;
    expect(within(row).getByText('Ikke opfyldt')).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Logning' }).disabled).toBe(false),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Logning' }));

    expect(await screen.findByText('1 af 2 krav opfyldt (50 %)')).toBeTruthy();
    expect(within(row).getByText('Opfyldt')).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Logning' }).checked).toBe(true);
    expect(
      within(screen.getByRole('checkbox', { name: 'Kryptering' }).closest('li')!).getByText('Ikke opfyldt'),
    ).toBeTruthy();
  });
});
