import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { canPrepareRetender } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../../gql';
import type { RequirementChecklist_CheckFragment } from '../../../gql/graphql';
import { QueryState } from '../../../ui/QueryState';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useCan } from '../../../app/useActor';
import {
  AddRequirementChecklistDocument,
  RequirementChecklistDocument,
  UpdateRequirementCheckDocument,
} from '../graphql/requirements.documents';

export const RequirementChecklist_check = graphql(`
  fragment RequirementChecklist_check on RequirementCheck {
    id
    fulfilled
    note
    version
    requirement {
      id
      category
      title
      description
    }
  }
`);

/**
 * The re-tender's standard-requirement checklist: created from the library, each requirement
 * ticked off with a note, and the progress shown. Contract editors and proposers keep it.
 */
export function RequirementChecklist({ projectId }: { projectId: string }) {
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const canEdit = useCan(canPrepareRetender);
  const { data, loading, error, refetch } = useQuery(RequirementChecklistDocument, {
    variables: { projectId },
  });
  const [add, added] = useMutation(AddRequirementChecklistDocument, {
    variables: { projectId },
    // Adding the library's requirements adds rows to the checklist (a list the mutation cannot extend).
    refetchQueries: [{ query: RequirementChecklistDocument, variables: { projectId } }],
    awaitRefetchQueries: true,
  });
  const checks = getFragmentData(RequirementChecklist_check, data?.requirementChecklist ?? []);
  const done = checks.filter((c) => c.fulfilled).length;
  const percent = checks.length ? Math.round((done / checks.length) * 100) : 0;
  const progress = t('checklist.progress', { done, total: checks.length, percent });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="requirement-checklist">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="requirement-checklist">
          {t('checklist.title')}
        </Title>
        {canEdit && data && (
          <Button
            variant="default"
            size="xs"
            loading={added.loading}
            onClick={() => void add().catch(() => null)}
          >
            {checks.length ? t('checklist.addNew') : t('checklist.create')}
          </Button>
        )}
      </Group>
      {added.error && (
        <Alert color="red" role="alert" mb="sm">
          {describeError(added.error)}
        </Alert>
      )}
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={checks.length === 0}
        loadingLabel={t('checklist.loading')}
        emptyText={canEdit ? t('checklist.emptyEditor') : t('checklist.empty')}
      >
        <Stack gap="sm">
          <div>
            <Text size="sm" mb={4}>
              {progress}
            </Text>
            <Progress value={percent} color={percent === 100 ? 'green' : 'blue'} aria-label={progress} />
          </div>
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {checks.map((check) => (
              <CheckRow key={check.id} check={check} canEdit={canEdit} />
            ))}
          </Stack>
        </Stack>
      </QueryState>
    </Paper>
  );
}

function CheckRow({ check, canEdit }: { check: RequirementChecklist_CheckFragment; canEdit: boolean }) {
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const [note, setNote] = useState(check.note);
  // Returns the check with this view's fragment, so the row and the progress update from the cache.
  const [update, { loading, error }] = useMutation(UpdateRequirementCheckDocument);
  const send = (fulfilled: boolean) =>
    void update({ variables: { input: { id: check.id, version: check.version, fulfilled, note } } }).catch(
      () => null,
    );
  const r = check.requirement;

  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={6}>
        {/* The badges drop below the requirement on a phone rather than push past the screen's edge. */}
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Checkbox
            label={r.title}
            description={r.description || undefined}
            checked={check.fulfilled}
            disabled={!canEdit || loading}
            onChange={(e) => send(e.currentTarget.checked)}
          />
          <Group gap="xs" wrap="nowrap">
            <Badge variant="light" color="gray">
              {r.category}
            </Badge>
            <Badge variant="light" color={check.fulfilled ? 'green' : 'orange'}>
              {check.fulfilled ? t('checklist.fulfilled') : t('checklist.open')}
            </Badge>
          </Group>
        </Group>
        {canEdit ? (
          <Group align="flex-end" gap="xs">
            <TextInput
              label={t('checklist.noteFor', { title: r.title })}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button
              variant="default"
              disabled={note === check.note}
              loading={loading}
              onClick={() => send(check.fulfilled)}
            >
              {t('checklist.saveNote')}
            </Button>
          </Group>
        ) : (
          check.note && <Text size="sm">{check.note}</Text>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {describeError(error)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
