import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { SetLocaleDocument } from '../gql/graphql';
import { aViewer, renderWithProviders, viewerMock } from '../test/render-with-providers';
import { LOCALE_STORAGE_KEY } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { useViewer } from './useViewer';

function Probe() {
  const { t } = useTranslation('nav');
  const { viewer } = useViewer();
  return (
    <>
      <LanguageSwitch />
      <p>{t('systems')}</p>
      {viewer && <p>{viewer.name}</p>}
    </>
  );
}

describe('LanguageSwitch', () => {
  beforeEach(() => window.localStorage.clear());

  it('switches the visible language, remembers it and sets the page language', async () => {
    renderWithProviders(<Probe />, { mocks: [viewerMock(null)] });
    expect(screen.getByText('Systemer')).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Sprog' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));

    expect(await screen.findByText('Systems')).toBeTruthy();
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeTruthy();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    fireEvent.click(screen.getByRole('radio', { name: 'Dansk' }));
    expect(await screen.findByText('Systemer')).toBeTruthy();
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('da');
    expect(document.documentElement.lang).toBe('da');
  });

  it('saves the choice on the signed-in user', async () => {
    const viewer = aViewer();
    const setLocale = jest.fn(() => ({
      data: { setLocale: { __typename: 'Viewer' as const, id: viewer.id, locale: 'en' } },
    }));
    renderWithProviders(<Probe />, {
      mocks: [
        viewerMock(viewer),
        { request: { query: SetLocaleDocument, variables: { locale: 'en' } }, result: setLocale },
      ],
    });
    expect(await screen.findByText('Anne Andersen')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'English' }));

    await waitFor(() => expect(setLocale).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Systems')).toBeTruthy();
  });
});
