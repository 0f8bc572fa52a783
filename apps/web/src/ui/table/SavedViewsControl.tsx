import { useMutation, useQuery } from '@apollo/client/react';
import { canSetOrganisationDefaultView } from '@overblik/domain';
import { Alert, Button, Group, Select } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/useViewer';
import { getFragmentData, graphql } from '../../gql';
import { useErrorMessage } from '../useErrorMessage';
import {
  DeleteSavedViewDocument,
  SavedViewsDocument,
  SaveViewDocument,
  UpdateSavedViewDocument,
} from './saved-views.documents';
import { storedChoice, storeChoice, toTableViewConfig, type TableViewConfig } from './saved-view-config';
import { SaveViewForm } from './SaveViewForm';

export const SavedViewsControl_view = graphql(`
  fragment SavedViewsControl_view on SavedView {
    id
    version
    name
    config
    organisationDefault
    editable
  }
`);

export interface SavedViewsControlProps {
  /** Which table the views belong to, e.g. 'systems' or 'contracts'. */
  tableKey: string;
  /** The table's current state, saved as a view. */
  current: () => TableViewConfig;
  /** Restores a view; null means "no view": back to the table's initial state. */
  apply: (config: TableViewConfig | null) => void;
}

/**
 * Saved views for any table: pick a view, save the current state as a new one, set the
 * organisation default (administrators), delete. On first load the user's last choice applies,
 * else the organisation default.
 */
export function SavedViewsControl({ tableKey, current, apply }: SavedViewsControlProps) {
  const { t } = useTranslation('savedViews');
  const describe = useErrorMessage();
  const { viewer, organisation, memberships } = useViewer();
  const organisationId = organisation?.id ?? '';
  const scope = `${viewer?.id ?? ''}.${organisationId}`;
  const roles = memberships.find((m) => m.organisation.id === organisationId)?.roles ?? [];
  const isAdmin = canSetOrganisationDefaultView(roles);

  const query = useQuery(SavedViewsDocument, { variables: { tableKey } });
  // A new or deleted view changes this table's list; replacing the default comes back with the
  // view's fragment and updates the cache in place.
  const listChanges = {
    refetchQueries: [{ query: SavedViewsDocument, variables: { tableKey } }],
    awaitRefetchQueries: true,
  };
  const [saveView] = useMutation(SaveViewDocument, listChanges);
  const [updateView] = useMutation(UpdateSavedViewDocument);
  const [deleteView, deleting] = useMutation(DeleteSavedViewDocument, listChanges);
  // The view picked in this session, per organisation; before any pick the remembered choice
  // (or, if the user never chose, the organisation default) is the selection.
  const [picked, setPicked] = useState<{ organisationId: string; id: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const views = query.data ? getFragmentData(SavedViewsControl_view, query.data.savedViews) : undefined;
  const orgDefault = views?.find((v) => v.organisationDefault);
  const remembered = views ? storedChoice(scope, tableKey) : null;
  const initialView = remembered === null ? orgDefault : views?.find((v) => v.id === remembered);
  const selected = picked?.organisationId === organisationId ? picked.id : (initialView?.id ?? '');
  const setSelected = (id: string) => setPicked({ organisationId, id });

  // Once per organisation, when the views arrive: restore the initial view into the table.
  const initialised = useRef<string | null>(null);
  useEffect(() => {
    if (!views || initialised.current === organisationId) return;
    initialised.current = organisationId;
    if (initialView) apply(toTableViewConfig(initialView.config));
  }, [views, initialView, organisationId, apply]);

  const choose = (id: string | null) => {
    const view = views?.find((v) => v.id === id);
    setSelected(view?.id ?? '');
    storeChoice(scope, tableKey, view?.id ?? '');
    apply(view ? toTableViewConfig(view.config) : null);
  };

  const save = async (name: string, organisationDefault: boolean) => {
    const config = { ...current() };
    let id: string;
    if (organisationDefault && orgDefault) {
      // Replacing the default updates it with the version we loaded: a concurrent change is refused.
      const result = await updateView({
        variables: { input: { id: orgDefault.id, version: orgDefault.version, name, config } },
      });
      id = result.data!.updateSavedView.id;
    } else {
      const result = await saveView({
        variables: { input: { tableKey, name, config, organisationDefault } },
      });
      id = result.data!.saveView.id;
    }
    setSelected(id);
    storeChoice(scope, tableKey, id);
  };

  const chosen = views?.find((v) => v.id === selected);
  const remove = async () => {
    if (!chosen) return;
    setError(null);
    try {
      await deleteView({ variables: { id: chosen.id, version: chosen.version } });
      choose(null);
    } catch (e) {
      setError(describe(e));
    }
  };

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        size="xs"
        w={220}
        label={t('label')}
        placeholder={query.loading ? t('loading') : t('none')}
        data={[
          { value: '', label: t('none') },
          ...(views ?? []).map((v) => ({
            value: v.id,
            label: v.organisationDefault ? t('defaultName', { name: v.name }) : v.name,
          })),
        ]}
        value={selected}
        onChange={choose}
        allowDeselect={false}
        error={query.error ? describe(query.error) : undefined}
      />
      <SaveViewForm canSetDefault={isAdmin} onSave={save} />
      {chosen?.editable && (
        <Button
          variant="default"
          size="xs"
          color="red"
          loading={deleting.loading}
          onClick={() => void remove()}
        >
          {t('delete', { name: chosen.name })}
        </Button>
      )}
      {error && (
        <Alert color="red" role="alert" py={4}>
          {error}
        </Alert>
      )}
    </Group>
  );
}
