import { screen } from '@testing-library/react';
import { makeFragmentData } from '../../../gql';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { SystemUsedElsewhere, SystemUsedElsewhere_usage } from './SystemUsedElsewhere';

const usage = (
  usedElsewhere: { lifecycle: 'IN_USE' | 'PLANNED'; organisation: { id: string; name: string } }[],
) => makeFragmentData({ id: 'u1', usedElsewhere }, SystemUsedElsewhere_usage);

describe('SystemUsedElsewhere', () => {
  it('lists the sharing partners with their lifecycle', async () => {
    renderWithProviders(
      <SystemUsedElsewhere
        usage={usage([{ lifecycle: 'PLANNED', organisation: { id: 'o2', name: 'Søvang Kommune' } }])}
      />,
      { mocks: [viewerMock(aViewer())] },
    );
    expect(await screen.findByRole('heading', { name: 'Bruges også af' })).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe('Søvang Kommune (Planlagt)');
  });

  it('says so when no partner sharing its systems uses it', async () => {
    renderWithProviders(<SystemUsedElsewhere usage={usage([])} />, { mocks: [viewerMock(aViewer())] });
    expect(
      await screen.findByText(
        'Ingen samarbejdspartnere, der deler deres systemer, bruger dette katalogsystem.',
      ),
    ).toBeTruthy();
  });
});
