import { fireEvent, screen, within } from '@testing-library/react';
import { DataSourceDetailDocument } from '../features/data-sources/graphql/data-source-detail.documents';
import { ChangeHistoryDocument } from '../features/history/graphql/history.documents';
import { ExternalReferencesDocument } from '../features/references/graphql/references.documents';
import { aViewer, renderWithProviders, viewerMock } from '../test/render-with-providers';
import { DataSourceDetailPage } from './DataSourceDetailPage';

const ID = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const CPR = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

const reader = {
  __typename: 'DataSourceReaderView' as const,
  edgeId: 'e1',
  usageId: 'u1',
  usageName: 'SBSYS',
  unitName: 'Socialforvaltningen',
  channel: 'DIRECT',
  access: 'READ',
  purpose: 'Sagsbehandling',
  yearlyCost: 120000,
  authoritative: false,
  plannedTargetSourceId: CPR,
  plannedTargetSourceName: 'CPR',
  plannedSwitchDate: '2028-01-01',
};

const emptyExit = {
  __typename: 'CopyRegisterExitView' as const,
  totalYearlySaving: 0,
  totalSwitchingCost: 0,
  rows: [],
};

const profile = (withReaders: boolean) => ({
  __typename: 'DataSourceProfileView' as const,
  authoritativeSource: withReaders
    ? { __typename: 'DataSourceRefView' as const, id: CPR, name: 'CPR' }
    : null,
  copies: [],
  yearlyCost: withReaders ? 120000 : 0,
  copyYearlyCost: withReaders ? 120000 : 0,
  readers: withReaders ? [reader] : [],
  byUnit: withReaders
    ? [
        {
          __typename: 'ReadersByUnitView' as const,
          unitId: 'unit',
          unitName: 'Socialforvaltningen',
          readerCount: 1,
          yearlyCost: 120000,
        },
      ]
    : [],
  byChannel: withReaders
    ? [{ __typename: 'ReadersByChannelView' as const, channel: 'DIRECT', readerCount: 1, yearlyCost: 120000 }]
    : [],
  byPurpose: withReaders
    ? [
        {
          __typename: 'ReadersByPurposeView' as const,
          purpose: 'Sagsbehandling',
          readerCount: 1,
          yearlyCost: 120000,
        },
      ]
    : [],
  exit: withReaders
    ? {
        ...emptyExit,
        totalYearlySaving: 120000,
        totalSwitchingCost: 50000,
        rows: [
          {
            __typename: 'CopyRegisterExitRowView' as const,
            edgeId: 'e1',
            usageId: 'u1',
            usageName: 'SBSYS',
            yearlyCost: 120000,
            switchingCost: 50000,
            alternative: {
              __typename: 'AuthoritativeAlternativeView' as const,
              dataSourceId: CPR,
              name: 'CPR',
            },
            contract: {
              __typename: 'ExitContractView' as const,
              id: 'k1',
              name: 'SBSYS-kontrakt',
              effectiveEnd: '2030-12-31',
            },
            recommendation: 'SWITCH_NOW',
            recommendedSwitchDate: '2027-01-01',
            plannedSwitchDate: '2028-01-01',
          },
        ],
      }
    : emptyExit,
  contracts: withReaders
    ? [
        {
          __typename: 'TouchingContractView' as const,
          id: 'k1',
          name: 'SBSYS-kontrakt',
          effectiveEnd: '2030-12-31',
          noticeDate: '2030-06-30',
          usageIds: ['u1'],
        },
      ]
    : [],
  projects: withReaders
    ? [{ __typename: 'TouchingProjectView' as const, id: 'p1', name: 'Kopiregister-exit', usageIds: ['u1'] }]
    : [],
});

const source = (withReaders: boolean) => ({
  __typename: 'DataSource' as const,
  id: ID,
  name: 'CPR-kopi',
  description: 'Personoplysninger hos leverandøren',
  kind: withReaders ? 'COPY_REGISTER' : 'INTERNAL',
  registerFamily: 'CPR',
  defaultChannel: 'DIRECT',
  lifecycle: 'IN_USE',
  endsOn: null,
  costModel: '',
  profile: profile(withReaders),
});

function renderPage(withReaders: boolean) {
  renderWithProviders(null, {
    mocks: [
      viewerMock(aViewer()),
      {
        request: { query: DataSourceDetailDocument, variables: { id: ID } },
        result: { data: { dataSource: source(withReaders) } },
      },
      {
        request: { query: ExternalReferencesDocument, variables: { subject: 'DATA_SOURCE', subjectId: ID } },
        result: { data: { externalReferences: [] } },
      },
      {
        request: { query: ChangeHistoryDocument, variables: { entity: 'DATA_SOURCE', id: ID } },
        result: { data: { history: [] } },
      },
    ],
    routes: [{ path: '/datakilder/:id', element: <DataSourceDetailPage /> }],
    initialEntries: [`/datakilder/${ID}`],
  });
}

const section = (name: string) => screen.getByRole('region', { name });

describe('DataSourceDetailPage', () => {
  it('shows readers, cost, the authoritative source, exit plan, contracts and projects, each linked', async () => {
    renderPage(true);
    expect(await screen.findByRole('heading', { level: 1, name: 'CPR-kopi' })).toBeTruthy();
    expect(
      within(section('Autoritativ eller kopi')).getByText('Kopiregister – ikke autoritativ'),
    ).toBeTruthy();
    expect(
      within(section('Autoritativ eller kopi')).getByRole('link', { name: 'CPR' }).getAttribute('href'),
    ).toBe(`/datakilder/${CPR}`);
    // Total, of which through the copy, and the saving on exit.
    expect(within(section('Omkostning')).getAllByText('120.000 kr.')).toHaveLength(3);
    const readers = section('Systemer der læser datakilden');
    expect(within(readers).getByRole('link', { name: 'SBSYS' }).getAttribute('href')).toBe('/systemer/u1');
    expect(within(readers).getByText('Socialforvaltningen')).toBeTruthy();
    expect(within(section('Læsere efter formål')).getByText('Sagsbehandling')).toBeTruthy();
    expect(within(section('Læsere efter kanal')).getByText('Direkte')).toBeTruthy();
    // The exit totals end without a stray full stop after 'kr.'.
    expect(
      screen.getByText('Samlet besparelse pr. år: 120.000 kr. · Samlede skifteomkostninger: 50.000 kr.'),
    ).toBeTruthy();
    expect(
      within(section('Skift fra kopi til autoritativ kilde')).getByText('1. jan. 2028 (planlagt)'),
    ).toBeTruthy();
    expect(
      within(section('Kontrakter der berører datakilden'))
        .getByRole('link', { name: 'SBSYS-kontrakt' })
        .getAttribute('href'),
    ).toBe('/kontrakter/k1');
    expect(
      within(section('Projekter der berører datakilden'))
        .getByRole('link', { name: 'Kopiregister-exit' })
        .getAttribute('href'),
    ).toBe('/portefolje/projekter/p1');
    fireEvent.click(screen.getByRole('tab', { name: 'Historik' }));
    expect(await screen.findByText('Ingen ændringer registreret endnu.')).toBeTruthy();
  });

  it('says so when nobody reads the source and there is nothing to exit', async () => {
    renderPage(false);
    expect(await screen.findByText('Ingen systemer i organisationen læser datakilden.')).toBeTruthy();
    expect(screen.getByText('Autoritativ kilde')).toBeTruthy();
    expect(screen.getByText(/Ingen systemer får data fra kilden via et kopiregister/)).toBeTruthy();
    expect(screen.getByText('Ingen kontrakter dækker systemer, der læser datakilden.')).toBeTruthy();
    expect(screen.getByText('Ingen projekter arbejder med systemer, der læser datakilden.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Læsere efter enhed' })).toBeNull();
  });
});
