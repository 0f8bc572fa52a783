import { screen } from '@testing-library/react';
import { renderWithProviders, viewerMock } from '../test/render-with-providers';
import { NotFoundPage } from './NotFoundPage';

describe('NotFoundPage', () => {
  it('says the page does not exist and links home', () => {
    renderWithProviders(<NotFoundPage />, { initialEntries: ['/findes-ikke'], mocks: [viewerMock(null)] });

    expect(screen.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeTruthy();
    expect(screen.getByText(/\/findes-ikke/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Gå til forsiden' }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Siden findes ikke – Overblik');
  });

  it('speaks English when asked', () => {
    renderWithProviders(<NotFoundPage />, {
      locale: 'en',
      initialEntries: ['/nope'],
      mocks: [viewerMock(null)],
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the front page' }).getAttribute('href')).toBe('/');
  });
});
