import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import {
  AllocationHeatmapDocument,
  ResourceAllocationsDocument,
  ResourcesDocument,
  UpdateCompetencyDocument,
  UpdatePersonDocument,
} from '../graphql/resources.documents';
import { planningQuarters } from '../quarters';
import { ResourcesOverview } from './ResourcesOverview';

const TODAY = '2026-05-10';
const PERSON = '44444444-4444-4444-8444-444444444444';
const UNIT = '55555555-5555-4555-8555-555555555555';
const COMPETENCY = '66666666-6666-4666-8666-666666666666';
const PROJECT = '77777777-7777-4777-8777-777777777777';

const aCompetency = (name = 'Arkitektur', version = 1) => ({
  __typename: 'Competency' as const,
  id: COMPETENCY,
  name,
  version,
});

/** Every field the page query and the person mutation's fragments select. */
const aPerson = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Person' as const,
  id: PERSON,
  version: 1,
  name: 'Anne Jensen',
  unitId: UNIT,
  userId: null,
  weeklyCapacityHours: 37,
  competencies: [aCompetency()],
  ...overrides,
});

const heatmap = (groupName: string) => ({
  data: {
    allocationHeatmap: {
      __typename: 'AllocationHeatmap' as const,
      quarters: ['2026-Q2'],
      byCompetency: [
        {
          __typename: 'HeatmapCell' as const,
          groupId: COMPETENCY,
          groupName,
          quarter: '2026-Q2',
          allocatedHours: 20,
          availableHours: 37,
          ratio: 0.54,
          status: 'UNDER',
        },
      ],
      byUnit: [],
    },
  },
});

/** The page's queries; each answered once, so a refetch finds no response and fails the test. */
const pageMocks = () => [
  viewerMock(aViewer()),
  {
    request: { query: ResourcesDocument },
    result: {
      data: {
        contractToday: TODAY,
        people: [aPerson()],
        competencies: [aCompetency()],
        units: [{ __typename: 'Unit' as const, id: UNIT, name: 'Digitalisering' }],
      },
    },
  },
  { request: { query: AllocationHeatmapDocument }, result: heatmap('Arkitektur') },
  {
    request: { query: ResourceAllocationsDocument, variables: { quarters: planningQuarters(TODAY) } },
    result: {
      data: {
        allocations: [
          {
            __typename: 'Allocation' as const,
            id: '88888888-8888-4888-8888-888888888888',
            version: 1,
            personId: PERSON,
            projectId: PROJECT,
            competencyId: COMPETENCY,
            quarter: '2026-Q2',
            hoursPerWeek: 20,
          },
        ],
        projects: {
          __typename: 'ProjectPage' as const,
          items: [{ __typename: 'Project' as const, id: PROJECT, name: 'Digital post' }],
        },
      },
    },
  },
];

const table = (name: RegExp) => screen.getByRole('table', { name });

describe('resources views and the normalised cache', () => {
  it('show a renamed person in the people and bookings tables from the mutation result alone', async () => {
    const rename = {
      request: {
        query: UpdatePersonDocument,
        variables: {
          input: {
            id: PERSON,
            version: 1,
            userId: null,
            name: 'Birgitte Berg',
            unitId: UNIT,
            weeklyCapacityHours: 37,
            competencyIds: [COMPETENCY],
          },
        },
      },
      // A rename leaves the server's heatmap as it is: it is not read again either.
      result: { data: { updatePerson: aPerson({ version: 2, name: 'Birgitte Berg' }) } },
    };
    renderWithProviders(<ResourcesOverview />, { mocks: [...pageMocks(), rename] });

    const bookings = await screen.findByRole('table', { name: /Allokeringer fra/ });
    expect(within(bookings).getByRole('rowheader', { name: 'Anne Jensen' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Redigér Anne Jensen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Redigér Anne Jensen' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Navn/ }), {
      target: { value: 'Birgitte Berg' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem' }));

    expect((await screen.findByRole('status')).textContent).toBe('Birgitte Berg er gemt.');
    await waitFor(() =>
      expect(
        within(table(/Personer med enhed/)).getByRole('rowheader', { name: 'Birgitte Berg' }),
      ).toBeTruthy(),
    );
    expect(within(table(/Allokeringer fra/)).getByRole('rowheader', { name: 'Birgitte Berg' })).toBeTruthy();
    expect(screen.queryByText('Anne Jensen')).toBeNull();
    // The heatmap is still the first answer: a refetch would have found no response.
    expect(within(table(/pr\. kompetence og kvartal/)).getByRole('rowheader').textContent).toBe('Arkitektur');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('show a renamed competency in every table from the mutation result; only the heatmap is read again', async () => {
    const rename = {
      request: {
        query: UpdateCompetencyDocument,
        variables: { id: COMPETENCY, version: 1, name: 'Forretningsarkitektur' },
      },
      result: {
        data: {
          updateCompetency: aCompetency('Forretningsarkitektur', 2),
        },
      },
    };
    // The heatmap's group names are computed on the server: its refetch is the one expected.
    const heatmapAgain = {
      request: { query: AllocationHeatmapDocument },
      result: heatmap('Forretningsarkitektur'),
    };
    renderWithProviders(<ResourcesOverview />, { mocks: [...pageMocks(), rename, heatmapAgain] });

    const competencies = await screen.findByRole('table', { name: 'Kompetencer i organisationen' });
    await screen.findByRole('table', { name: /Allokeringer fra/ });
    fireEvent.click(within(competencies).getByRole('button', { name: 'Omdøb Arkitektur' }));
    fireEvent.change(within(competencies).getByRole('textbox', { name: 'Nyt navn til Arkitektur' }), {
      target: { value: 'Forretningsarkitektur' },
    });
    fireEvent.click(within(competencies).getByRole('button', { name: 'Gem' }));

    expect((await screen.findByRole('status')).textContent).toBe(
      'Kompetencen hedder nu Forretningsarkitektur.',
    );
    await waitFor(() =>
      expect(within(table(/Personer med enhed/)).getByText('Forretningsarkitektur')).toBeTruthy(),
    );
    expect(within(table(/Allokeringer fra/)).getByText('Forretningsarkitektur')).toBeTruthy();
    expect(within(competencies).getByRole('rowheader', { name: 'Forretningsarkitektur' })).toBeTruthy();
    await waitFor(() =>
      expect(within(table(/pr\. kompetence og kvartal/)).getByRole('rowheader').textContent).toBe(
        'Forretningsarkitektur',
      ),
    );
  });
});
