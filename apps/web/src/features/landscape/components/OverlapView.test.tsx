import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { AcceptOverlapDocument, OverlapsDocument } from '../graphql/landscape.documents';
import { OverlapView } from './OverlapView';

const ONE = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const TWO = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const SMS = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

const retired = (
  usageId: string,
  name: string,
  yearlyCost: number,
  migrationCost: number,
  savingFrom: string | null,
  saved: number,
) => ({
  __typename: 'RetiredUsageView' as const,
  usageId,
  name,
  yearlyCost,
  migrationCost,
  savingFrom,
  savedWithinHorizon: saved,
});

const overlapsResult = (open: boolean) => ({
  request: { query: OverlapsDocument },
  result: {
    data: {
      overlaps: {
        __typename: 'OverlapAnalysisView' as const,
        horizonMonths: 36,
        capabilities: open
          ? [
              {
                __typename: 'CapabilityOverlapView' as const,
                capabilityId: SMS,
                capability: 'SMS',
                combinedYearlyCost: 84_000,
                usages: [
                  {
                    __typename: 'OverlapUsageCostView' as const,
                    usageId: TWO,
                    name: 'SMS Two',
                    yearlyCost: 24_000,
                  },
                  {
                    __typename: 'OverlapUsageCostView' as const,
                    usageId: ONE,
                    name: 'SMS One',
                    yearlyCost: 60_000,
                  },
                ],
                consolidations: [
                  {
                    __typename: 'ConsolidationView' as const,
                    survivorUsageId: TWO,
                    yearlySaving: 60_000,
                    migrationCost: 20_000,
                    fullSavingFrom: '2031-07-01',
                    horizonEnd: '2029-12-06',
                    netSaving: -20_000,
                    retired: [retired(ONE, 'SMS One', 60_000, 20_000, '2031-07-01', 0)],
                  },
                  {
                    __typename: 'ConsolidationView' as const,
                    survivorUsageId: ONE,
                    yearlySaving: 24_000,
                    migrationCost: 0,
                    fullSavingFrom: '2026-12-06',
                    horizonEnd: '2029-12-06',
                    netSaving: 72_000,
                    retired: [retired(TWO, 'SMS Two', 24_000, 0, '2026-12-06', 72_000)],
                  },
                ],
              },
            ]
          : [],
        duplicateData: [],
      },
      overlapAcceptances: [],
    },
  },
});

describe('OverlapView', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows no saving until the user chooses the system to keep, then the net saving for that choice', async () => {
    renderWithProviders(<OverlapView />, { mocks: [viewerMock(aViewer()), overlapsResult(true)] });

    const card = await screen.findByRole('region', { name: 'SMS' });
    const survivor = within(card).getByRole<HTMLInputElement>('combobox', { name: 'System der bliver' });
    expect(survivor.value).toBe('');
    expect(within(card).queryByText(/Nettobesparelse/)).toBeNull();
    expect(within(card).getByText(/Det billigste er ikke valgt på forhånd/)).toBeTruthy();

    fireEvent.click(survivor);
    fireEvent.click(await screen.findByRole('option', { name: 'SMS Two', hidden: true }));
    // Keeping the cheaper system loses money here: SMS One's contract binds it beyond the horizon.
    expect(within(card).getByText(/Nettobesparelse over 3 år: [-−]20\.000\skr\./)).toBeTruthy();
    const row = within(card).getByRole('row', { name: /SMS One/ });
    expect(row.textContent).toContain('20.000');
    expect(row.textContent).toContain('1. jul. 2031');
  });

  it('asks for a reason before accepting, then accepts and the overlap leaves the list', async () => {
    const accept = {
      request: {
        query: AcceptOverlapDocument,
        variables: { input: { capabilityId: SMS, usageIds: [TWO, ONE], reason: 'Adskilt ved lov' } },
      },
      result: {
        data: {
          acceptOverlap: {
            __typename: 'OverlapAcceptance' as const,
            id: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd',
            capabilityName: 'SMS',
            usageNames: ['SMS Two', 'SMS One'],
            reason: 'Adskilt ved lov',
            acceptedAt: '2026-12-06T10:00:00.000Z',
            reopenedAt: null,
            reopenReason: null,
            version: 1,
          },
        },
      },
    };
    renderWithProviders(<OverlapView />, {
      // No second overlaps response: the accepted overlap leaves the list from the cache, not a refetch.
      mocks: [viewerMock(aViewer()), overlapsResult(true), accept],
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Acceptér overlap' }));
    const dialog = await screen.findByRole('dialog', { name: 'Acceptér overlap for SMS' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Acceptér overlap' }));
    // The shared rule (overlapAcceptFields) answers before anything is sent.
    expect(await within(dialog).findByText('Skal udfyldes.')).toBeTruthy();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Begrundelse/ }), {
      target: { value: 'Adskilt ved lov' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Acceptér overlap' }));
    expect((await screen.findByRole('status')).textContent).toContain('Overlappet for SMS er accepteret.');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'SMS' })).toBeNull());
  });
});
