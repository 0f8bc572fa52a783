import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PrioritisationModelPage } from '../../../routes/PrioritisationModelPage';
import { aViewer, renderWithProviders, viewerMock } from '../../../test/render-with-providers';
import {
  PrioritisationModelDocument,
  ProjectPrioritisationDocument,
  UpdateCriterionDocument,
} from '../graphql/prioritisation.documents';
import { ProjectPrioritisation } from './ProjectPrioritisation';

const PROJECT_ID = '33333333-3333-4333-8333-333333333333';

/** Every field the two queries and the mutation's fragments select. */
const criterion = (id: string, name: string, weight: number, direction: string, version = 1) => ({
  __typename: 'Criterion' as const,
  id,
  version,
  name,
  description: '',
  weight,
  scaleMin: 1,
  scaleMax: 5,
  direction,
  mandatory: false,
});
const criteria = [
  criterion('c1', 'Strategi', 3, 'HIGHER_IS_BETTER'),
  criterion('c2', 'Kompleksitet', 1, 'LOWER_IS_BETTER'),
];
const categories = [
  { __typename: 'Category' as const, id: 'k1', version: 1, dimension: 'SCOPE', name: 'Lokalt' },
  { __typename: 'Category' as const, id: 'k2', version: 1, dimension: 'SCOPE', name: 'Tværgående' },
];

/** Each query answered once: a refetch finds no response and fails the test. */
const modelAnswer = {
  request: { query: PrioritisationModelDocument },
  result: {
    data: {
      prioritisationModel: {
        __typename: 'PrioritisationModel' as const,
        id: 'm1',
        name: 'Model',
        criteria,
        categories,
      },
    },
  },
};
const project = {
  request: { query: ProjectPrioritisationDocument, variables: { id: PROJECT_ID } },
  result: {
    data: {
      project: {
        __typename: 'Project' as const,
        id: PROJECT_ID,
        version: 3,
        scores: [
          { __typename: 'CriterionScore' as const, id: 's1', criterionId: 'c1', value: 5, version: 1 },
        ],
        categories: [categories[1]],
      },
      prioritisationModel: { __typename: 'PrioritisationModel' as const, id: 'm1', criteria, categories },
    },
  },
};

describe('prioritisation views and the normalised cache', () => {
  it('show an edited criterion in the model and in a project’s scores, with its new weight, from the mutation result alone', async () => {
    const update = {
      request: {
        query: UpdateCriterionDocument,
        variables: {
          input: {
            id: 'c1',
            version: 1,
            name: 'Strategisk værdi',
            description: '',
            weight: 1,
            scaleMin: 1,
            scaleMax: 5,
            direction: 'HIGHER_IS_BETTER',
            mandatory: false,
          },
        },
      },
      result: { data: { updateCriterion: criterion('c1', 'Strategisk værdi', 1, 'HIGHER_IS_BETTER', 2) } },
    };
    renderWithProviders(
      <>
        <PrioritisationModelPage />
        <ProjectPrioritisation projectId={PROJECT_ID} />
      </>,
      { mocks: [viewerMock(aViewer()), modelAnswer, project, update] },
    );

    // Strategi 3 : Kompleksitet 1 with only Strategi maxed is 75 of 100.
    const score = await screen.findByTestId('weighted-score');
    expect(score.textContent).toBe('75 af 100');
    fireEvent.click(await screen.findByRole('button', { name: 'Redigér Strategi' }));
    const form = screen.getByRole('form', { name: 'Redigér kriteriet Strategi' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Navn/ }), {
      target: { value: 'Strategisk værdi' },
    });
    fireEvent.change(within(form).getByRole('textbox', { name: /Vægt/ }), { target: { value: '1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Gem' }));

    expect((await screen.findByRole('status')).textContent).toContain('Kriteriet Strategisk værdi er gemt.');
    const modelTable = screen.getByRole('table', { name: 'Kriterier i prioriteringsmodellen' });
    expect(within(modelTable).getByRole('rowheader', { name: /Strategisk værdi/ })).toBeTruthy();
    const scores = screen.getByRole('table', { name: 'Projektets score pr. kriterium' });
    await waitFor(() => expect(within(scores).getByText('Strategisk værdi')).toBeTruthy());
    expect(within(scores).getByRole('textbox', { name: 'Score for Strategisk værdi (1–5)' })).toBeTruthy();
    // 1 : 1 now, so the maxed Strategi alone is half the score.
    expect(score.textContent).toBe('50 af 100');
    expect(screen.queryByText('Strategi')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
