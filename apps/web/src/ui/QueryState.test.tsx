import { screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { renderWithProviders, viewerMock } from '../test/render-with-providers';
import { QueryState } from './QueryState';

const renderState = (props: Partial<Parameters<typeof QueryState>[0]>) =>
  renderWithProviders(
    <QueryState loading={false} loadingLabel="Henter systemer" emptyText="Ingen systemer" {...props}>
      <p>Indhold</p>
    </QueryState>,
    { mocks: [viewerMock(null)] },
  );

describe('QueryState', () => {
  it('announces loading with its label', () => {
    renderState({ loading: true });
    expect(screen.getByRole('status', { name: 'Henter systemer' })).toBeTruthy();
    expect(screen.queryByText('Indhold')).toBeNull();
  });

  it("shows the API's localised message in an alert", () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        new GraphQLError('Din rolle giver ikke adgang til denne handling.', {
          extensions: { code: 'FORBIDDEN' },
        }),
      ],
    });
    renderState({ error, onRetry: () => undefined });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Din rolle giver ikke adgang til denne handling.');
    expect(screen.getByRole('button', { name: 'Genindlæs siden' })).toBeTruthy();
  });

  it('describes a network failure itself', () => {
    renderState({ error: new TypeError('Failed to fetch') });
    expect(screen.getByRole('alert').textContent).toContain('Kunne ikke få forbindelse til Overblik');
  });

  it('shows the empty state, else the content', () => {
    const { unmount } = renderState({ empty: true });
    expect(screen.getByText('Ingen systemer')).toBeTruthy();
    unmount();
    renderState({});
    expect(screen.getByText('Indhold')).toBeTruthy();
  });
});
