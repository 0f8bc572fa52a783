import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { TodayDocument } from '../../../app/useToday';
import { makeFragmentData } from '../../../gql';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import { ProjectRecordsDocument, SaveProjectArtefactDocument } from '../graphql/project-records.documents';
import { ArtefactsSection, ArtefactsSection_project } from './ArtefactsSection';
import { StatusReportsSection, StatusReportsSection_project } from './StatusReportsSection';

// react-markdown and its unified tree ship as ESM only; an artefact's content is beside the point here.
jest.mock('react-markdown', () => ({
  __esModule: true,
  default: ({ children }: { children: string }) => children,
}));

const PROJECT_ID = '55555555-5555-4555-8555-555555555555';
const TODAY = '2026-05-10';

const artefact = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'ProjectArtefact' as const,
  id: 'a1',
  kind: 'BUSINESS_CASE' as const,
  title: 'Business case v1',
  content: '',
  version: 1,
  providedAt: '2026-04-01T10:00:00.000Z',
  ...overrides,
});

const report = {
  __typename: 'StatusReport' as const,
  id: 'r1',
  periodEnd: '2026-04-30',
  overall: 'AMBER' as const,
  ragTime: 'GREEN' as const,
  ragCost: 'AMBER' as const,
  ragQuality: 'GREEN' as const,
  ragScope: 'GREEN' as const,
  progressPercent: 40,
  spent: 100000,
  budget: 500000,
  risks: 'Leverandøren er forsinket',
  nextSteps: '',
  reportedBy: { __typename: 'UserRef' as const, id: 'u1', name: 'Bo Berg' },
};

/** The page's project, as the detail query hands it to both sections. */
const project = {
  __typename: 'Project' as const,
  id: PROJECT_ID,
  version: 3,
  owner: null,
  lead: null,
  budget: 500000,
  gate: { __typename: 'GateCheck' as const, missing: [] },
};

/** Both record sections, each reading its fragment off the one records query. */
function RecordSections() {
  return (
    <>
      <ArtefactsSection project={makeFragmentData(project, ArtefactsSection_project)} />
      <StatusReportsSection project={makeFragmentData(project, StatusReportsSection_project)} />
    </>
  );
}

describe('project record sections and the normalised cache', () => {
  it('show a revised artefact from the mutation result, with the records query answered once', async () => {
    // Answered once: a refetch (of the records or the project) finds no response and fails the test.
    const records = {
      request: { query: ProjectRecordsDocument, variables: { id: PROJECT_ID } },
      result: {
        data: {
          project: {
            __typename: 'Project' as const,
            id: PROJECT_ID,
            statusReports: [report],
            artefacts: [artefact()],
          },
        },
      },
    };
    const save = {
      request: {
        query: SaveProjectArtefactDocument,
        variables: {
          input: {
            projectId: PROJECT_ID,
            kind: 'BUSINESS_CASE',
            title: 'Business case v2',
            content: '',
            version: 1,
          },
        },
      },
      result: {
        data: {
          saveProjectArtefact: artefact({
            title: 'Business case v2',
            version: 2,
            providedAt: '2026-05-10T10:00:00.000Z',
          }),
        },
      },
    };
    const today = {
      request: { query: TodayDocument },
      result: { data: { contractToday: TODAY } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    renderWithProviders(<RecordSections />, { mocks: [viewerMock(aViewer()), today, records, save] });

    const artefacts = await screen.findByRole('table', { name: 'Projektets artefakter' });
    expect(within(artefacts).getByText('Business case v1')).toBeTruthy();
    const reports = screen.getByRole('table', { name: /Tidligere statusrapporter/ });
    expect(within(reports).getByText('Leverandøren er forsinket')).toBeTruthy();

    fireEvent.click(within(artefacts).getByRole('button', { name: /Redigér/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Redigér Business case' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Titel/ }), {
      target: { value: 'Business case v2' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Gem artefakt' }));

    expect(await screen.findByText('Business case er gemt.')).toBeTruthy();
    await waitFor(() => expect(within(artefacts).getByText('Business case v2')).toBeTruthy());
    expect(within(artefacts).getByText('Version 2')).toBeTruthy();
    expect(within(artefacts).queryByText('Business case v1')).toBeNull();
    // The other section, over the same query, still shows its report (nothing was read again).
    expect(
      within(screen.getByRole('table', { name: /Tidligere statusrapporter/ })).getByText(
        'Leverandøren er forsinket',
      ),
    ).toBeTruthy();
  });
});
