import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { ApproveProposalDocument, RejectProposalDocument } from '../graphql/proposal.documents';
import { DecisionPanel } from './DecisionPanel';

const PROPOSAL_ID = '44444444-4444-4444-8444-444444444444';
/** The decided proposal with every field of the agenda item's fragment, which the mutations return. */
const decided = (field: string, status: string) =>
  jest.fn(() => ({
    data: {
      [field]: {
        __typename: 'Proposal' as const,
        id: PROPOSAL_ID,
        status,
        version: 5,
        problem: 'Papirpost koster',
        asIs: '',
        toBe: '',
        resourcesNeeded: '',
        submittedAt: '2026-04-01T10:00:00.000Z',
        submittedBy: null,
        project: { __typename: 'Project' as const, id: 'p1', name: 'Digital post', unit: null },
        decisions: [],
      },
    },
  }));

function renderPanel() {
  const reject = decided('rejectProposal', 'REJECTED');
  const approve = decided('approveProposal', 'APPROVED');
  const input = (reason: string | null) => ({ input: { proposalId: PROPOSAL_ID, version: 4, reason } });
  renderWithProviders(
    <DecisionPanel proposalId={PROPOSAL_ID} version={4} stage="BOARD" name="Digital post" />,
    {
      mocks: [
        viewerMock(null),
        { request: { query: RejectProposalDocument, variables: input('Ikke i år') }, result: reject },
        { request: { query: ApproveProposalDocument, variables: input(null) }, result: approve },
      ],
      showWarnings: false,
    },
  );
  return { reject, approve };
}

describe('DecisionPanel', () => {
  it('shows the approval path’s reason rule at the field and sends no rejection without a reason', async () => {
    const { reject } = renderPanel();
    const reason = screen.getByLabelText('Begrundelse for Digital post');
    fireEvent.change(reason, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afvis' }));
    expect(await screen.findByText('Skal udfyldes.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reject).not.toHaveBeenCalled();

    fireEvent.change(reason, { target: { value: 'Ikke i år' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afvis' }));
    await waitFor(() => expect(reject).toHaveBeenCalledTimes(1));
  });

  it('approves without a reason, which the rule does not ask for', async () => {
    const { approve } = renderPanel();
    fireEvent.click(screen.getByRole('button', { name: 'Godkend' }));
    await waitFor(() => expect(approve).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('Skal udfyldes.')).toBeNull();
  });
});
