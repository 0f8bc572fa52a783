import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  createContext,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { isLocale, readStoredLocale, type Locale } from './i18n';
import { readStoredOrganisation, storeOrganisation } from './organisation-storage';

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      locale
      installationAdmin
      memberships {
        roles
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SetLocaleDocument = graphql(`
  mutation SetLocale($locale: String!) {
    setLocale(locale: $locale) {
      id
      locale
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['viewer']>;
export type ViewerMembership = Viewer['memberships'][number];

export interface ViewerState {
  viewer: Viewer | null;
  loading: boolean;
  error: Error | undefined;
  /** The organisation the user works in (sent as `x-overblik-organisation`). */
  organisation: ViewerMembership['organisation'] | null;
  memberships: ViewerMembership[];
  /** The viewer is known and the chosen organisation is settled: pages may query. */
  ready: boolean;
  chooseOrganisation(id: string): Promise<void>;
  refetch(): Promise<unknown>;
  signOut(): Promise<void>;
  /** Saves the language on the signed-in user (their e-mails follow it); no-op when signed out. */
  saveLocale(locale: Locale): Promise<void>;
}

export const ViewerContext = createContext<ViewerState | null>(null);

export function ViewerProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ViewerDocument);
  const [signOutMutation] = useMutation(SignOutDocument);
  const [setLocaleMutation] = useMutation(SetLocaleDocument);
  const [chosenId, setChosenId] = useState(readStoredOrganisation);

  const viewer = data?.viewer ?? null;
  const memberships = useMemo(() => viewer?.memberships ?? [], [viewer]);
  const organisation =
    memberships.find((m) => m.organisation.id === chosenId)?.organisation ??
    memberships[0]?.organisation ??
    null;
  const settledId = organisation?.id ?? null;

  // Default to the first membership when nothing (or an organisation the user left) is stored.
  // Adjusted while rendering, so pages never mount with a stale choice.
  if (viewer && settledId !== chosenId) setChosenId(settledId);
  // A layout effect runs before the pages' queries subscribe (passive effects), so their first
  // request already carries the settled organisation header.
  useLayoutEffect(() => {
    if (viewer) storeOrganisation(settledId);
  }, [viewer, settledId]);

  const saveLocale = useCallback(
    async (locale: Locale) => {
      if (!viewer || viewer.locale === locale) return;
      // The local choice already applies; the saved one is a convenience, so a failure is ignored.
      await setLocaleMutation({ variables: { locale } }).then(
        () => undefined,
        () => undefined,
      );
    },
    [viewer, setLocaleMutation],
  );

  // Once per sign-in: a language chosen in this browser (e.g. on the sign-in page) is saved on
  // the user; a user who never chose one here gets the one saved on their account.
  const localeSyncedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!viewer) {
      localeSyncedFor.current = null;
      return;
    }
    if (localeSyncedFor.current === viewer.id) return;
    localeSyncedFor.current = viewer.id;
    const stored = readStoredLocale();
    if (stored) void saveLocale(stored);
    else if (isLocale(viewer.locale) && viewer.locale !== i18n.resolvedLanguage) {
      void i18n.changeLanguage(viewer.locale);
    }
  }, [viewer, i18n, saveLocale]);

  const chooseOrganisation = useCallback(
    async (id: string) => {
      if (id === chosenId) return;
      storeOrganisation(id);
      setChosenId(id);
      // Everything cached belongs to the previous organisation. A refetch that fails (or is cut
      // short) shows up as an error in the page whose query it was; nothing to add here.
      await client.resetStore().catch(() => undefined);
    },
    [client, chosenId],
  );

  const signOut = useCallback(async () => {
    await signOutMutation();
    // First tell everyone the viewer is gone (the shell unmounts, its queries stop), then drop
    // the cached data of the organisation without refetching anything.
    client.writeQuery({ query: ViewerDocument, data: { viewer: null } });
    await client.clearStore();
  }, [client, signOutMutation]);

  const value = useMemo<ViewerState>(
    () => ({
      viewer,
      loading,
      error,
      organisation,
      memberships,
      ready: Boolean(viewer) && settledId === chosenId,
      chooseOrganisation,
      refetch,
      signOut,
      saveLocale,
    }),
    [
      viewer,
      loading,
      error,
      organisation,
      memberships,
      settledId,
      chosenId,
      chooseOrganisation,
      refetch,
      signOut,
      saveLocale,
    ],
  );

  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}
