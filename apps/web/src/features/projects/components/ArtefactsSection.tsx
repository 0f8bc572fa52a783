import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { ARTEFACT_KINDS, artefactRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import Markdown from 'react-markdown';
import type {
  ArtefactKind,
  ArtefactsSection_ArtefactFragment,
  ArtefactsSection_ProjectFragment,
} from '../../../gql/graphql';
import { QueryState } from '../../../ui/QueryState';
import { ScrollTable } from '../../../ui/ScrollTable';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useFormatters } from '../../../ui/useFormatters';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { ProjectDetailDocument } from '../graphql/project.documents';
import { ProjectRecordsDocument, SaveProjectArtefactDocument } from '../graphql/project-records.documents';
import { useProjectKeeper } from '../hooks/useProjectKeeper';

export const ArtefactsSection_project = graphql(`
  fragment ArtefactsSection_project on Project {
    id
    version
    owner {
      id
    }
    lead {
      id
    }
    gate {
      missing
    }
  }
`);

export const ArtefactsSection_artefact = graphql(`
  fragment ArtefactsSection_artefact on ProjectArtefact {
    id
    kind
    title
    content
    version
    providedAt
  }
`);

/** The project's artefacts, as the records query reads them for this section. */
export const ArtefactsSection_records = graphql(`
  fragment ArtefactsSection_records on Project {
    id
    artefacts {
      id
      ...ArtefactsSection_artefact
    }
  }
`);

type Project = ArtefactsSection_ProjectFragment;
type Artefact = ArtefactsSection_ArtefactFragment;

/** Markdown headings inside an artefact sit below the section's own headings. */
const MARKDOWN_HEADINGS = {
  h1: 'h4',
  h2: 'h4',
  h3: 'h5',
  h4: 'h6',
  h5: 'h6',
} as const;

interface Editing {
  kind: ArtefactKind | null;
  existing: Artefact | null;
}

function ArtefactDialog({
  project,
  editing,
  provided,
  onClose,
  onSaved,
}: {
  project: Project;
  editing: Editing;
  provided: ReadonlySet<ArtefactKind>;
  onClose: () => void;
  onSaved: (kind: ArtefactKind) => void;
}) {
  const { t } = useTranslation('projectRecords');
  const { t: tp } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const [kind, setKind] = useState<ArtefactKind | null>(editing.kind);
  const [title, setTitle] = useState(
    editing.existing?.title ?? (editing.kind ? tp(`artefact.${editing.kind}`) : ''),
  );
  const [content, setContent] = useState(editing.existing?.content ?? '');
  const rules = useRuleErrors();
  const [save, { loading, error }] = useMutation(SaveProjectArtefactDocument, {
    // A revision updates its row from the result. A new artefact joins the list, and the gate's
    // missing artefacts are computed on the server: both are read again then.
    refetchQueries: editing.existing
      ? []
      : [
          { query: ProjectRecordsDocument, variables: { id: project.id } },
          { query: ProjectDetailDocument, variables: { id: project.id } },
        ],
    awaitRefetchQueries: true,
  });
  const serverErrors = apiFieldErrors(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The shared rules (`@overblik/domain`) the API checks again.
    if (!rules.check(artefactRuleErrors({ kind, title, content })) || !kind) return;
    const result = await save({
      variables: {
        input: {
          projectId: project.id,
          kind,
          title,
          content,
          version: editing.existing?.version ?? null,
        },
      },
    }).catch(() => null);
    if (result?.data) onSaved(kind);
  };

  const heading = editing.existing
    ? t('artefacts.editTitle', { kind: tp(`artefact.${editing.existing.kind}`) })
    : t('artefacts.provideTitle');
  return (
    <Modal
      opened
      onClose={onClose}
      title={heading}
      size="lg"
      closeButtonProps={{ 'aria-label': t('artefacts.close') }}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Select
            label={t('artefacts.kind')}
            required
            disabled={!!editing.existing}
            data={ARTEFACT_KINDS.filter((k) => k === editing.kind || !provided.has(k)).map((k) => ({
              value: k,
              label: tp(`artefact.${k}`),
            }))}
            value={kind}
            error={rules.message('kind') ?? serverErrors.kind}
            onChange={(v) => {
              setKind(v);
              if (v && !title.trim()) setTitle(tp(`artefact.${v}`));
            }}
          />
          <TextInput
            label={t('artefacts.titleLabel')}
            required
            data-autofocus
            value={title}
            error={rules.message('title') ?? serverErrors.title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Textarea
            label={t('artefacts.content')}
            description={t('artefacts.contentHelp')}
            autosize
            minRows={6}
            maxRows={20}
            value={content}
            error={rules.message('content') ?? serverErrors.content}
            onChange={(e) => setContent(e.currentTarget.value)}
          />
          {error && !Object.keys(serverErrors).length && (
            <Alert color="red" role="alert">
              {describeError(error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('artefacts.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('artefacts.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The project's artefacts: what the next gate still misses, what exists, and providing or revising one. */
export function ArtefactsSection({
  project: ref,
}: {
  project: FragmentType<typeof ArtefactsSection_project>;
}) {
  const project = getFragmentData(ArtefactsSection_project, ref);
  const { t } = useTranslation('projectRecords');
  const { t: tp } = useTranslation('portfolio');
  const { formatDate } = useFormatters();
  const { canEditRecords } = useProjectKeeper(project);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [savedKind, setSavedKind] = useState<ArtefactKind | null>(null);
  const { data, loading, error, refetch } = useQuery(ProjectRecordsDocument, {
    variables: { id: project.id },
  });
  const records = getFragmentData(ArtefactsSection_records, data?.project);
  const artefacts = [...getFragmentData(ArtefactsSection_artefact, records?.artefacts ?? [])].sort(
    (a, b) => ARTEFACT_KINDS.indexOf(a.kind) - ARTEFACT_KINDS.indexOf(b.kind),
  );
  const provided = new Set(artefacts.map((a) => a.kind));
  const missing = project.gate.missing;
  return (
    <Card withBorder component="section" aria-labelledby="artefacts-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id="artefacts-title">
            {t('artefacts.title')}
          </Title>
          {canEditRecords && provided.size < ARTEFACT_KINDS.length && (
            <Button variant="default" onClick={() => setEditing({ kind: null, existing: null })}>
              {t('artefacts.provide')}
            </Button>
          )}
        </Group>
        {savedKind && (
          <Alert color="green" role="status">
            {t('artefacts.saved', { kind: tp(`artefact.${savedKind}`) })}
          </Alert>
        )}
        {missing.length > 0 && (
          <Stack gap={4}>
            <Text size="sm">{t('artefacts.missingForGate')}</Text>
            <Group gap="xs">
              {missing.map((kind) =>
                canEditRecords ? (
                  <Button
                    key={kind}
                    size="xs"
                    variant="light"
                    color="yellow"
                    onClick={() => setEditing({ kind, existing: null })}
                  >
                    {t('artefacts.provideKind', { kind: tp(`artefact.${kind}`) })}
                  </Button>
                ) : (
                  <Badge key={kind} color="yellow" variant="light" autoContrast>
                    {tp(`artefact.${kind}`)}
                  </Badge>
                ),
              )}
            </Group>
          </Stack>
        )}
        <QueryState
          loading={loading && !data}
          error={error}
          onRetry={() => void refetch()}
          empty={!!data && artefacts.length === 0}
          loadingLabel={t('artefacts.loading')}
          emptyText={t('artefacts.empty')}
        >
          <ScrollTable label={t('artefacts.caption')} minWidth={600} exportName={t('artefacts.caption')}>
            <Table>
              <Table.Caption>{t('artefacts.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('artefacts.kind')}</Table.Th>
                  <Table.Th scope="col">{t('artefacts.titleLabel')}</Table.Th>
                  <Table.Th scope="col">{t('artefacts.providedAt')}</Table.Th>
                  <Table.Th scope="col">{t('artefacts.content')}</Table.Th>
                  {canEditRecords && (
                    <Table.Th scope="col" data-export="skip">
                      <VisuallyHidden>{t('artefacts.actions')}</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {artefacts.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Th scope="row" fw="normal">
                      {tp(`artefact.${a.kind}`)}
                    </Table.Th>
                    <Table.Td>{a.title}</Table.Td>
                    <Table.Td>
                      {formatDate(a.providedAt)}
                      {a.version > 1 && (
                        <Text size="xs" c="dimmed">
                          {t('artefacts.revision', { version: a.version })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {a.content.trim() ? (
                        <details>
                          <summary>{t('artefacts.show')}</summary>
                          <Markdown components={MARKDOWN_HEADINGS}>{a.content}</Markdown>
                        </details>
                      ) : (
                        '–'
                      )}
                    </Table.Td>
                    {canEditRecords && (
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setEditing({ kind: a.kind, existing: a })}
                        >
                          {t('artefacts.edit')}
                          <VisuallyHidden>{` ${tp(`artefact.${a.kind}`)}`}</VisuallyHidden>
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        </QueryState>
        {editing && (
          <ArtefactDialog
            project={project}
            editing={editing}
            provided={provided}
            onClose={() => setEditing(null)}
            onSaved={(kind) => {
              setEditing(null);
              setSavedKind(kind);
            }}
          />
        )}
      </Stack>
    </Card>
  );
}
