import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { AcceptOverlapDocument, OverlapsDocument } from '../graphql/landscape.documents';
import { OverlapView } from './OverlapView';

const ONE = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const TWO = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const SMS = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const MAIL = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';

const usage = (usageId: string, name: string, yearlyCost: number) => ({
  __typename: 'OverlapUsageCostView' as const,
  usageId,
  name,
  yearlyCost,
});

/** An open overlap; the choice of survivor is beside the point here, so it has no consolidations. */
const anOverlap = (capabilityId: string, capability: string) => ({
  __typename: 'CapabilityOverlapView' as const,
  capabilityId,
  capability,
  combinedYearlyCost: 84_000,
  usages: [usage(TWO, `${capability} Two`, 24_000), usage(ONE, `${capability} One`, 60_000)],
  consolidations: [],
});

const anAcceptance = {
  __typename: 'OverlapAcceptance' as const,
  id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
  capabilityName: 'SMS',
  usageNames: ['SMS Two', 'SMS One'],
  reason: 'Adskilt ved lov',
  acceptedAt: '2026-12-06T10:00:00.000Z',
  reopenedAt: null,
  reopenReason: null,
  version: 1,
};

describe('overlap views and the normalised cache', () => {
  it('move an accepted overlap from the open list to the history, without a refetch', async () => {
    // The overlaps query is answered once: a refetch would find no response and fail the test.
    const overlaps = {
      request: { query: OverlapsDocument },
      result: {
        data: {
          overlaps: {
            __typename: 'OverlapAnalysisView' as const,
            horizonMonths: 36,
            capabilities: [anOverlap(SMS, 'SMS'), anOverlap(MAIL, 'Mail')],
            duplicateData: [],
          },
          overlapAcceptances: [],
        },
      },
    };
    const accept = {
      request: {
        query: AcceptOverlapDocument,
        variables: { input: { capabilityId: SMS, usageIds: [TWO, ONE], reason: 'Adskilt ved lov' } },
      },
      result: { data: { acceptOverlap: anAcceptance } },
    };
    renderWithProviders(<OverlapView />, { mocks: [viewerMock(aViewer()), overlaps, accept] });

    const card = await screen.findByRole('region', { name: 'SMS' });
    const history = screen.getByRole('region', { name: 'Accepterede overlap' });
    expect(within(history).getByText('Ingen overlap er accepteret endnu.')).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'Acceptér overlap' }));
    const dialog = await screen.findByRole('dialog', { name: 'Acceptér overlap for SMS' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Begrundelse/ }), {
      target: { value: 'Adskilt ved lov' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Acceptér overlap' }));

    await waitFor(() => expect(screen.queryByRole('region', { name: 'SMS' })).toBeNull());
    expect(screen.getByRole('region', { name: 'Mail' })).toBeTruthy();
    const row = within(screen.getByRole('region', { name: 'Accepterede overlap' })).getByRole('row', {
      name: /Adskilt ved lov/,
    });
    expect(row.textContent).toContain('SMS');
    expect(row.textContent).toContain('SMS Two, SMS One');
    expect(within(row).getByRole('button', { name: /Genåbn/ })).toBeTruthy();
  });
});
