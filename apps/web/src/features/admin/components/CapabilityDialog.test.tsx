import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { MoveCapabilityDocument } from '../graphql/capability.documents';
import { makeFragmentData } from '../../../gql';
import { CapabilityDialog, CapabilityDialog_capability } from './CapabilityDialog';

const node = (id: string, name: string, parentId: string | null, archived = false) =>
  makeFragmentData({ id, name, parentId, archived, version: 1 }, CapabilityDialog_capability);
// Kommunikation ─ SMS ─ Massebeskeder; Post (archived); GIS
const kommunikation = node('k', 'Kommunikation', null);
const sms = node('s', 'SMS', 'k');
const nodes = [
  kommunikation,
  sms,
  node('m', 'Massebeskeder', 's'),
  node('p', 'Post', 'k', true),
  node('g', 'GIS', null),
];

describe('CapabilityDialog', () => {
  it('offers only parents that keep the tree a tree, and moves the capability', async () => {
    const onSaved = jest.fn();
    renderWithProviders(
      <CapabilityDialog nodes={nodes} capability={sms} onClose={jest.fn()} onSaved={onSaved} />,
      {
        mocks: [
          viewerMock(aViewer()),
          {
            request: {
              query: MoveCapabilityDocument,
              variables: { input: { id: 's', version: 1, parentId: 'g' } },
            },
            result: {
              data: {
                moveCapability: {
                  __typename: 'Capability' as const,
                  id: 's',
                  version: 2,
                  name: 'SMS',
                  parentId: 'g',
                  archived: false,
                },
              },
            },
          },
        ],
      },
    );

    const dialog = await screen.findByRole('dialog', { name: 'Redigér SMS' });
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Overordnet kapabilitet' }));
    const options = (await screen.findAllByRole('option', { hidden: true })).map((o) => o.textContent);
    // Not itself, not its child (a cycle), not the archived Post.
    expect(options).toEqual(['GIS', 'Kommunikation']);

    fireEvent.click(screen.getByRole('option', { name: 'GIS', hidden: true }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('SMS'));
  });
});
