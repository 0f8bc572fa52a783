import { fireEvent, screen, waitFor } from '@testing-library/react';
import { makeFragmentData } from '../../../gql';
import { renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { SystemEditOptionsDocument, UpdateSystemUsageDocument } from '../graphql/systems.documents';
import { SystemEditForm, SystemEditForm_usage } from './SystemEditForm';

const INFRA = '66666666-6666-4666-8666-666666666666';
const usage = makeFragmentData(
  {
    id: 'u1',
    version: 3,
    localName: 'ESDH',
    lifecycle: 'IN_USE',
    owner: null,
    custodian: null,
    responsibleUnit: null,
    inUseFrom: '2024-01-01',
    inUseUntil: '2023-12-31',
    userCount: null,
    migrationMonths: null,
    capabilityIds: [],
    infrastructure: [{ id: INFRA }],
    hosting: 'ON_PREMISE',
    taskAreas: ['27.24'],
    usesServicePlatform: false,
    usesSupportSystems: true,
    standardsMet: [],
    switchingCost: 0,
    architectureFitNote: '',
    asIs: '',
    toBe: '',
    workflows: '',
  },
  SystemEditForm_usage,
);

const options = {
  request: { query: SystemEditOptionsDocument },
  result: {
    data: {
      units: [],
      members: [],
      capabilities: [],
      infrastructureComponents: { items: [{ id: INFRA, name: 'Driftscenter Nord' }] },
    },
  },
};

describe('SystemEditForm', () => {
  it('shows the shared rules’ messages at the fields before sending', async () => {
    const onDone = jest.fn();
    renderWithProviders(<SystemEditForm usage={usage} onDone={onDone} />, {
      mocks: [viewerMock(null), options],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Slutdatoen skal ligge efter startdatoen.')).toBeTruthy();
    expect(screen.getByLabelText(/^I brug til/).getAttribute('aria-invalid')).toBe('true');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends hosting, infrastructure, task areas, standards and the Serviceplatformen and support-system use', async () => {
    const sent = jest.fn(() => ({ errors: [{ message: 'stop here' }] }));
    renderWithProviders(<SystemEditForm usage={usage} onDone={jest.fn()} />, {
      mocks: [
        viewerMock(null),
        options,
        { request: { query: UpdateSystemUsageDocument, variables: () => true }, result: sent },
      ],
    });
    fireEvent.change(screen.getByLabelText(/^I brug til/), { target: { value: '2030-12-31' } });
    fireEvent.click(screen.getByRole('switch', { name: 'Bruger Serviceplatformen' }));
    // TagsInput labels its text field and its hidden value field alike; type into the visible one.
    const standards = screen
      .getAllByLabelText(/^Standarder/)
      .find((el) => el instanceof HTMLInputElement && el.type !== 'hidden')!;
    // Pasting adds a tag (jsdom's change events do not reach TagsInput's own typing handler).
    fireEvent.paste(standards, { clipboardData: { getData: () => 'OIOSAML' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem' }));

    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
    expect((sent.mock.calls[0] as unknown[])[0]).toMatchObject({
      input: {
        id: 'u1',
        version: 3,
        hosting: 'ON_PREMISE',
        infrastructureIds: [INFRA],
        taskAreas: ['27.24'],
        standardsMet: ['OIOSAML'],
        usesServicePlatform: true,
        usesSupportSystems: true,
      },
    });
  });
});
