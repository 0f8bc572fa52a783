import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { canAssessProjects, weightedScore } from '@overblik/domain';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql } from '../../../gql';
import { apiFieldErrors } from '../../../ui/error-message';
import { QueryState } from '../../../ui/QueryState';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { DIMENSIONS } from '../dimensions';
import {
  ProjectPrioritisationDocument,
  SetCriterionScoreDocument,
  SetProjectCategoriesDocument,
} from '../graphql/prioritisation.documents';
import { useCan } from '../../../app/useActor';
import { ScrollTable } from '../../../ui/ScrollTable';

export const ProjectPrioritisation_project = graphql(`
  fragment ProjectPrioritisation_project on Project {
    id
    version
    scores {
      id
      criterionId
      value
      version
    }
    categories {
      id
      dimension
      name
    }
  }
`);

export const ProjectPrioritisation_criterion = graphql(`
  fragment ProjectPrioritisation_criterion on Criterion {
    id
    name
    description
    weight
    scaleMin
    scaleMax
    direction
    mandatory
  }
`);

export const ProjectPrioritisation_category = graphql(`
  fragment ProjectPrioritisation_category on Category {
    id
    dimension
    name
  }
`);

type Draft = Record<string, number | string>;

/**
 * The project's place in the prioritisation model: its score per criterion with the weighted
 * score (the domain's rule, recomputed as values are typed), and its category in each dimension.
 * Coordinator, council and board edit; everyone else reads. Self-contained: loads its own data.
 */
export function ProjectPrioritisation({ projectId }: { projectId: string }) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const titleId = useId();
  const canAssess = useCan(canAssessProjects);
  const { data, loading, error, refetch } = useQuery(ProjectPrioritisationDocument, {
    variables: { id: projectId },
  });
  const project = getFragmentData(ProjectPrioritisation_project, data?.project);
  const model = data?.prioritisationModel;
  const criteria = useMemo(
    () => getFragmentData(ProjectPrioritisation_criterion, model?.criteria ?? []),
    [model],
  );
  const categories = getFragmentData(ProjectPrioritisation_category, model?.categories ?? []);
  const saved = useMemo(() => new Map((project?.scores ?? []).map((s) => [s.criterionId, s])), [project]);
  const [draft, setDraft] = useState<Draft>({});
  const valueOf = (criterionId: string): number | string =>
    draft[criterionId] ?? saved.get(criterionId)?.value ?? '';

  // Values outside a scale (being typed) count as not scored until they are valid.
  const result = useMemo(() => {
    const scores: Record<string, number> = {};
    for (const c of criteria) {
      const v = draft[c.id] ?? saved.get(c.id)?.value;
      if (typeof v === 'number' && Number.isInteger(v) && v >= c.scaleMin && v <= c.scaleMax)
        scores[c.id] = v;
    }
    return criteria.length ? weightedScore(criteria, scores) : null;
  }, [criteria, draft, saved]);

  const [setScore, scoring] = useMutation(SetCriterionScoreDocument);
  const [scoreErrors, setScoreErrors] = useState<Record<string, string>>({});
  const [scoreError, setScoreError] = useState<unknown>(null);
  const [savedNote, setSavedNote] = useState<string | null>(null);

  const saveScores = async (e: FormEvent) => {
    e.preventDefault();
    setSavedNote(null);
    setScoreError(null);
    const errors: Record<string, string> = {};
    const changed = criteria.filter((c) => c.id in draft && draft[c.id] !== saved.get(c.id)?.value);
    let readAgain = false;
    for (const c of changed) {
      const value = draft[c.id];
      const input = {
        projectId,
        criterionId: c.id,
        // An emptied field is sent as an out-of-scale value, so the API explains the scale.
        value: typeof value === 'number' ? value : c.scaleMin - 1,
        version: saved.get(c.id)?.version ?? null,
      };
      const res = await setScore({ variables: { input } }).catch((err: unknown) => {
        const fields = apiFieldErrors(err);
        if (fields.value) errors[c.id] = fields.value;
        else setScoreError(err);
        return null;
      });
      if (res?.data) setDraft(({ [c.id]: _done, ...rest }) => rest);
      // A changed score comes back with its value and version. A first score joins the project's
      // list of scores, which the result (the score) cannot add to; a refusal may mean the score
      // changed meanwhile. Either reads the project again.
      if (!res?.data || !saved.has(c.id)) readAgain = true;
    }
    setScoreErrors(errors);
    if (readAgain) await refetch();
    if (!Object.keys(errors).length && changed.length) setSavedNote(t('priority.saved'));
  };

  // The result carries the project's fragment, categories and version included.
  const [setCategories, categorising] = useMutation(SetProjectCategoriesDocument);
  const chosen = new Map((project?.categories ?? []).map((c) => [c.dimension, c.id]));
  const choose = async (dimension: string, categoryId: string | null) => {
    if (!project) return;
    const next = new Map(chosen);
    if (categoryId) next.set(dimension as never, categoryId);
    else next.delete(dimension as never);
    await setCategories({
      variables: { input: { projectId, version: project.version, categoryIds: [...next.values()] } },
    }).catch(() => null);
  };

  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId} mb="sm">
        {t('priority.title')}
      </Title>
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={!!data && !model}
        loadingLabel={t('priority.loading')}
        emptyText={t('priority.noModel')}
      >
        <Stack gap="md">
          {result && (
            <Group gap="sm" align="baseline">
              <Text fw={600}>{t('priority.weighted')}</Text>
              <Text size="xl" fw={700} data-testid="weighted-score" aria-live="polite">
                {t('priority.weightedValue', { score: Math.round(result.score) })}
              </Text>
              {result.mandatory && (
                <Badge color="grape" variant="light" autoContrast>
                  {t('board.mandatory')}
                </Badge>
              )}
            </Group>
          )}
          {result?.mandatory && <Text size="sm">{t('priority.mandatoryHit')}</Text>}
          {result && result.missing.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('priority.missing', { count: result.missing.length })}
            </Text>
          )}
          {!canAssess && (
            <Text size="sm" c="dimmed">
              {t('priority.readOnly')}
            </Text>
          )}
          {criteria.length > 0 && (
            <form onSubmit={(e) => void saveScores(e)} noValidate>
              <ScrollTable
                label={t('priority.scoresCaption')}
                minWidth={480}
                exportName={t('priority.scoresCaption')}
              >
                <Table>
                  <Table.Caption>{t('priority.scoresCaption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('priority.criterion')}</Table.Th>
                      <Table.Th scope="col">{t('priority.weight')}</Table.Th>
                      <Table.Th scope="col">{t('priority.score')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {criteria.map((c) => {
                      const label = t('priority.scoreLabel', {
                        name: c.name,
                        min: c.scaleMin,
                        max: c.scaleMax,
                      });
                      return (
                        <Table.Tr key={c.id}>
                          <Table.Th scope="row" fw="normal">
                            <Text>{c.name}</Text>
                            {c.direction === 'LOWER_IS_BETTER' && (
                              <Text size="xs" c="dimmed">
                                {t('priority.lowerIsBetter')}
                              </Text>
                            )}
                          </Table.Th>
                          <Table.Td>{c.weight}</Table.Td>
                          <Table.Td>
                            {canAssess ? (
                              <NumberInput
                                aria-label={label}
                                allowDecimal={false}
                                min={c.scaleMin}
                                max={c.scaleMax}
                                clampBehavior="none"
                                value={valueOf(c.id)}
                                error={scoreErrors[c.id]}
                                onChange={(v) => setDraft((d) => ({ ...d, [c.id]: v }))}
                                w={110}
                              />
                            ) : (
                              <Text>{saved.get(c.id)?.value ?? t('priority.notScored')}</Text>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
              {canAssess && (
                <Group mt="sm">
                  <Button type="submit" loading={scoring.loading}>
                    {t('priority.save')}
                  </Button>
                </Group>
              )}
            </form>
          )}
          {scoreError != null && (
            <Alert color="red" role="alert">
              {describeError(scoreError)}
            </Alert>
          )}
          {savedNote && (
            <Alert color="green" role="status">
              {savedNote}
            </Alert>
          )}
          <Title order={3} size="h4">
            {t('priority.categories')}
          </Title>
          {canAssess ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {DIMENSIONS.map((d) => (
                <Select
                  key={d}
                  label={t(`prioritisation.dimensions.${d}`)}
                  placeholder={t('priority.noCategory')}
                  data={categories
                    .filter((c) => c.dimension === d)
                    .map((c) => ({ value: c.id, label: c.name }))}
                  value={chosen.get(d) ?? null}
                  onChange={(v) => void choose(d, v)}
                  clearable
                  disabled={categorising.loading}
                />
              ))}
            </SimpleGrid>
          ) : (
            <Group gap="xs">
              {project?.categories.length ? (
                project.categories.map((c) => (
                  <Badge key={c.id} variant="light" autoContrast>
                    {t(`prioritisation.dimensions.${c.dimension}`)}: {c.name}
                  </Badge>
                ))
              ) : (
                <Text size="sm" c="dimmed">
                  {t('priority.noCategories')}
                </Text>
              )}
            </Group>
          )}
          {categorising.error && (
            <Alert color="red" role="alert">
              {describeError(categorising.error)}
            </Alert>
          )}
          {categorising.data && !categorising.error && (
            <Text size="sm" role="status">
              {t('priority.categoriesSaved')}
            </Text>
          )}
        </Stack>
      </QueryState>
    </Card>
  );
}
