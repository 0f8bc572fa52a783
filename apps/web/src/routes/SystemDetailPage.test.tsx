import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  EdgeOptionsDocument,
  SystemDetailDocument,
  SystemEditOptionsDocument,
  UpdateSystemUsageDocument,
} from '../features/systems/graphql/systems.documents';
import { ChangeHistoryDocument } from '../features/history/graphql/history.documents';
import { UpdateUsageDataSourceDocument } from '../features/systems/graphql/edge-edit.documents';
import { aViewer, renderWithProviders, viewerMock } from '../test/render-with-providers';
import { SystemDetailPage } from './SystemDetailPage';
import { UsageEditPolicyDocument } from '../features/systems/hooks/useUsageEditRight';
import { ExternalReferencesDocument } from '../features/references/graphql/references.documents';

// react-markdown and its unified tree ship as ESM only; the workflows text is beside the point here.
jest.mock('react-markdown', () => ({
  __esModule: true,
  default: ({ children }: { children: string }) => children,
}));

const USAGE = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const EDGE = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';

const anEdge = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'UsageDataSource' as const,
  id: EDGE,
  version: 1,
  dataSourceId: 'cpr',
  dataSourceName: 'CPR',
  dataSourceKind: 'BASE_REGISTER',
  channel: 'SERVICEPLATFORMEN',
  access: 'READ',
  volume: '',
  switchingCost: 0,
  yearlyCost: 5_000,
  authoritative: true,
  purpose: 'Opslag',
  plannedTargetSourceId: null,
  plannedSwitchDate: null,
  dataTypes: [],
  registerFamilies: [],
  ...overrides,
});

/** Every field the page's fragments select; a save returns the same shape with the saved values. */
const aUsage = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'SystemUsage' as const,
  id: USAGE,
  version: 4,
  name: 'Acadre',
  localName: null,
  system: {
    __typename: 'ItSystem' as const,
    id: 'sys-1',
    version: 1,
    name: 'Acadre',
    formerName: null,
    description: 'ESDH',
    businessType: null,
    canEdit: false,
    supplierId: null,
    supplier: null,
    parentSystem: null,
    childSystems: [],
  },
  lifecycle: 'IN_USE',
  ownerUserId: null,
  custodianUserId: null,
  responsibleUnitId: null,
  owner: null,
  ownerPerson: null,
  custodian: null,
  responsibleUnit: null,
  inUseFrom: null,
  inUseUntil: null,
  hosting: 'SAAS',
  infrastructure: [],
  userCount: 120,
  migrationMonths: null,
  switchingCost: 0,
  capabilities: [],
  capabilityIds: [],
  taskAreas: [],
  usesServicePlatform: true,
  usesSupportSystems: false,
  standardsMet: [],
  architectureFitNote: '',
  asIs: 'Papir og mapper',
  toBe: '',
  workflows: '',
  usedElsewhere: [],
  yearlyCost: 100_000,
  dataYearlyCost: 5_000,
  dataSources: [anEdge()],
  integrationsOut: [],
  integrationsIn: [],
  coveringContracts: [],
  projects: [],
  lifecycleConflicts: [],
  ...overrides,
});

// Answered once: a second read of the page (a refetch) would find no answer and fail the page.
const detailOnce = {
  request: { query: SystemDetailDocument, variables: { id: USAGE } },
  result: { data: { systemUsage: aUsage() } },
};

const options = [
  {
    request: { query: UsageEditPolicyDocument },
    result: {
      data: {
        usageEditPolicy: {
          __typename: 'UsageEditPolicy',
          viewerUnitId: null,
          systemOwnersEditUnitUsages: false,
          units: [],
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: {
      query: ExternalReferencesDocument,
      variables: { subject: 'SYSTEM_USAGE', subjectId: USAGE },
    },
    result: { data: { externalReferences: [] } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: SystemEditOptionsDocument },
    result: {
      data: {
        units: [],
        capabilities: [],
        members: [],
        infrastructureComponents: { __typename: 'InfrastructureComponentPage', items: [] },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
  {
    request: { query: EdgeOptionsDocument },
    result: {
      data: {
        dataSources: { __typename: 'DataSourcePage', items: [] },
        systemUsages: { __typename: 'SystemUsagePage', items: [] },
        interfaces: { __typename: 'InterfacePage', items: [] },
        contracts: { __typename: 'ContractPage', items: [] },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  },
];

/** The page's history section, read again after each save (cache-and-network). */
const history: MockLink.MockedResponse = {
  request: { query: ChangeHistoryDocument, variables: { entity: 'SYSTEM_USAGE', id: USAGE } },
  result: { data: { history: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const renderPage = (mutation: MockLink.MockedResponse | null, viewer = aViewer(), detail = detailOnce) =>
  renderWithProviders(null, {
    mocks: [viewerMock(viewer), detail, ...options, history, ...(mutation ? [mutation] : [])],
    routes: [{ path: '/systemer/:id', element: <SystemDetailPage /> }],
    initialEntries: [`/systemer/${USAGE}`],
  });

describe('SystemDetailPage', () => {
  it('shows a saved edit from the mutation’s result in the header and the facts, without reading the page again', async () => {
    renderPage({
      request: {
        query: UpdateSystemUsageDocument,
        variables: (v: { input: { localName: string; asIs: string; version: number } }) =>
          v.input.localName === 'Sagssystemet' && v.input.asIs === 'Digitale sager' && v.input.version === 4,
      },
      result: {
        data: {
          updateSystemUsage: aUsage({
            version: 5,
            name: 'Sagssystemet',
            localName: 'Sagssystemet',
            asIs: 'Digitale sager',
          }),
        },
      },
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Acadre' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Redigér' }));
    const form = await screen.findByRole('form', { name: 'Redigér system' });
    fireEvent.change(within(form).getByLabelText('Lokalt navn'), { target: { value: 'Sagssystemet' } });
    fireEvent.change(within(form).getByLabelText('Som-er'), { target: { value: 'Digitale sager' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sagssystemet' })).toBeTruthy();
    const facts = screen.getByRole('region', { name: 'Fakta' });
    expect(within(facts).getByText('Digitale sager')).toBeTruthy();
    expect(within(facts).queryByText('Papir og mapper')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the edit dialog’s close button, and closes the dialog with it', async () => {
    renderPage(null);

    expect(await screen.findByRole('heading', { level: 1, name: 'Acadre' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Redigér' }));
    const dialog = await screen.findByRole('dialog', { name: 'Redigér system' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Luk' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Redigér system' })).toBeNull());
  });

  it('shows an edited data source from the mutation’s result when its cost is unchanged', async () => {
    renderPage({
      request: {
        query: UpdateUsageDataSourceDocument,
        variables: (v: { input: { id: string; authoritative: boolean; yearlyCost: number } }) =>
          v.input.id === EDGE && !v.input.authoritative && v.input.yearlyCost === 5_000,
      },
      result: { data: { updateUsageDataSource: anEdge({ version: 2, authoritative: false }) } },
    });

    const sources = await screen.findByRole('region', { name: 'Datakilder' });
    expect(within(sources).getByText('Autoritativ kilde')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ret CPR' }));
    const form = await screen.findByRole('form', { name: 'Ret CPR' });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Autoritativ kilde' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Gem' }));

    expect(await within(sources).findByText('Via kopiregister')).toBeTruthy();
    expect(within(sources).queryByText('Autoritativ kilde')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a system owner the edit controls only on a usage they keep, and says why they are missing', async () => {
    const owner = aViewer();
    owner.memberships[0].roles = ['SYSTEM_OWNER' as 'ADMINISTRATOR'];
    const theirs = {
      ...detailOnce,
      result: { data: { systemUsage: aUsage({ ownerUserId: 'someone-else' }) } },
    };
    const view = renderPage(null, owner, theirs);
    expect(await screen.findByText('Du kan ikke redigere dette system')).toBeTruthy();
    expect(screen.getByText(/Kun systemets ejer, systemansvarlige eller en administrator/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Redigér' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ret CPR' })).toBeNull();
    view.unmount();

    const kept = { ...detailOnce, result: { data: { systemUsage: aUsage({ custodianUserId: owner.id }) } } };
    renderPage(null, owner, kept);
    expect(await screen.findByRole('button', { name: 'Redigér' })).toBeTruthy();
    expect(screen.queryByText('Du kan ikke redigere dette system')).toBeNull();
  });
});
