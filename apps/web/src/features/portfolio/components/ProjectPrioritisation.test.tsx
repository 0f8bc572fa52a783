import { fireEvent, screen } from '@testing-library/react';
import {
  aViewer,
  anOrganisation,
  renderWithProviders,
  viewerMock,
} from '../../../test/render-with-providers';
import { ProjectPrioritisationDocument } from '../graphql/prioritisation.documents';
import { ProjectPrioritisation } from './ProjectPrioritisation';

const PROJECT_ID = '33333333-3333-4333-8333-333333333333';

const criterion = (id: string, name: string, weight: number, direction: string) => ({
  __typename: 'Criterion' as const,
  id,
  name,
  description: '',
  weight,
  scaleMin: 1,
  scaleMax: 5,
  direction,
  mandatory: false,
});

const answer = {
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
        categories: [{ __typename: 'Category' as const, id: 'k2', dimension: 'SCOPE', name: 'Tværgående' }],
      },
      prioritisationModel: {
        __typename: 'PrioritisationModel' as const,
        id: 'm1',
        // Strategi 3 : Kompleksitet 1, so a maxed Strategi alone is 75 of 100.
        criteria: [
          criterion('c1', 'Strategi', 3, 'HIGHER_IS_BETTER'),
          criterion('c2', 'Kompleksitet', 1, 'LOWER_IS_BETTER'),
        ],
        categories: [
          { __typename: 'Category' as const, id: 'k1', dimension: 'SCOPE', name: 'Lokalt' },
          { __typename: 'Category' as const, id: 'k2', dimension: 'SCOPE', name: 'Tværgående' },
        ],
      },
    },
  },
};

const withRoles = (roles: string[]) => {
  const viewer = aViewer();
  return {
    ...viewer,
    memberships: [
      { __typename: 'Membership' as const, roles: roles as never, organisation: anOrganisation() },
    ],
  };
};

describe('ProjectPrioritisation', () => {
  beforeEach(() => window.localStorage.clear());

  it('recomputes the weighted score as values are typed, ignoring values outside the scale', async () => {
    renderWithProviders(<ProjectPrioritisation projectId={PROJECT_ID} />, {
      mocks: [viewerMock(withRoles(['PORTFOLIO_STEERING_GROUP'])), answer],
    });
    const score = await screen.findByTestId('weighted-score');
    expect(score.textContent).toBe('75 af 100');
    expect(screen.getByText('1 kriterium er ikke scoret og tæller som 0.')).toBeTruthy();

    const complexity = screen.getByRole('textbox', { name: 'Score for Kompleksitet (1–5)' });
    // Lower is better: 1 is the best complexity, so the project reaches 100.
    fireEvent.change(complexity, { target: { value: '1' } });
    expect(score.textContent).toBe('100 af 100');
    fireEvent.change(complexity, { target: { value: '5' } });
    expect(score.textContent).toBe('75 af 100');
    fireEvent.change(complexity, { target: { value: '9' } });
    expect(score.textContent).toBe('75 af 100');
    expect(screen.getByRole('button', { name: 'Gem scorer' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Lokalt eller tværgående' })).toHaveProperty(
      'value',
      'Tværgående',
    );
  });

  it('shows a reader the scores and categories without inputs', async () => {
    renderWithProviders(<ProjectPrioritisation projectId={PROJECT_ID} />, {
      mocks: [viewerMock(withRoles(['READER'])), answer],
    });
    expect((await screen.findByTestId('weighted-score')).textContent).toBe('75 af 100');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Gem scorer' })).toBeNull();
    expect(screen.getByText('Ikke scoret')).toBeTruthy();
    expect(screen.getByText('Lokalt eller tværgående: Tværgående')).toBeTruthy();
    expect(
      screen.getByText('Koordinatoren, digitaliseringsrådet og porteføljestyregruppen kan score projektet.'),
    ).toBeTruthy();
  });
});
