import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { canKeepProgrammes, dependencyCandidates, projectRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/useActor';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { ProjectForm_ProjectFragment } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import {
  CreateProjectDocument,
  ProjectFormOptionsDocument,
  UpdateProjectDocument,
} from '../graphql/project-form.documents';
import { useFormatters } from '../../../ui/useFormatters';

export const ProjectForm_project = graphql(`
  fragment ProjectForm_project on Project {
    id
    version
    name
    description
    budget
    startDate
    endDate
    owner {
      id
    }
    lead {
      id
    }
    unit {
      id
    }
    strategies {
      id
    }
    systems {
      usageId
    }
    dependsOnIds
    programmeId
  }
`);

interface Values {
  name: string;
  description: string;
  budget: number | string;
  startDate: string;
  endDate: string;
  ownerUserId: string | null;
  leadUserId: string | null;
  unitId: string | null;
  strategyIds: string[];
  usageIds: string[];
  dependsOnIds: string[];
  programmeId: string | null;
}

const EMPTY: Values = {
  name: '',
  description: '',
  budget: '',
  startDate: '',
  endDate: '',
  ownerUserId: null,
  leadUserId: null,
  unitId: null,
  strategyIds: [],
  usageIds: [],
  dependsOnIds: [],
  programmeId: null,
};

const fromProject = (p: ProjectForm_ProjectFragment): Values => ({
  name: p.name,
  description: p.description,
  budget: p.budget,
  startDate: p.startDate ?? '',
  endDate: p.endDate ?? '',
  ownerUserId: p.owner?.id ?? null,
  leadUserId: p.lead?.id ?? null,
  unitId: p.unit?.id ?? null,
  strategyIds: p.strategies.map((s) => s.id),
  usageIds: p.systems.map((s) => s.usageId),
  dependsOnIds: p.dependsOnIds,
  programmeId: p.programmeId ?? null,
});

interface Props {
  /** Edit this project; omitted to register a new one. */
  project?: FragmentType<typeof ProjectForm_project>;
  onDone: (projectId: string | null) => void;
}

/**
 * Every field of a project: owner, lead, unit, period, budget, strategies, systems and the projects
 * it depends on (its status moves only by the approval path, the gates and the board's decisions).
 * Checks the shared rules before sending and shows the API's field errors after.
 */
export function ProjectForm({ project: ref, onDone }: Props) {
  const project = ref ? getFragmentData(ProjectForm_project, ref) : null;
  const { krSuffix, numberInput } = useFormatters();
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const rules = useRuleErrors();
  const options = useQuery(ProjectFormOptionsDocument);
  // Which programme a project is in is the programme keepers' choice (the API refuses others).
  const keepsProgrammes = useCan(canKeepProgrammes);
  const [update, updating] = useMutation(UpdateProjectDocument);
  const [create, creating] = useMutation(CreateProjectDocument, {
    refetchQueries: ['PortfolioProjects'],
  });
  const [values, setValues] = useState<Values>(() => (project ? fromProject(project) : EMPTY));
  const [apiErrors, setApiErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const input = {
    name: values.name.trim(),
    description: values.description,
    budget: values.budget === '' ? 0 : Number(values.budget),
    startDate: values.startDate || null,
    endDate: values.endDate || null,
    ownerUserId: values.ownerUserId,
    leadUserId: values.leadUserId,
    unitId: values.unitId,
    strategyIds: values.strategyIds,
    usageIds: values.usageIds,
    dependsOnIds: values.dependsOnIds,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiErrors({});
    setFormError(null);
    // The shared rules (`@overblik/domain`) the API checks again.
    if (!rules.check(projectRuleErrors(input))) return;
    try {
      if (project) {
        const programme = keepsProgrammes ? { programmeId: values.programmeId } : {};
        await update({
          variables: { input: { ...input, ...programme, id: project.id, version: project.version } },
        });
        onDone(project.id);
      } else {
        const result = await create({ variables: { input } });
        onDone(result.data?.createProject.id ?? null);
      }
    } catch (error) {
      setApiErrors(apiFieldErrors(error));
      setFormError(describeError(error));
    }
  };

  const error = (field: string) => rules.message(field) ?? apiErrors[field];
  const people = (options.data?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.name }));
  const units = (options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }));
  const strategies = (options.data?.strategies ?? []).map((s) => ({ value: s.id, label: s.name }));
  // An archived programme takes no new projects; it stays listed for the projects it already holds.
  const programmes = (options.data?.programmes ?? [])
    .filter((p) => !p.archived || p.id === values.programmeId)
    .map((p) => ({ value: p.id, label: p.name }));
  const systems = (options.data?.systemUsages.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  // Offered: every project that would not close a loop (the API checks the same domain rule).
  const allProjects = options.data?.projects.items ?? [];
  const edges = allProjects.flatMap((p) =>
    p.dependsOnIds.map((dependsOnId) => ({ projectId: p.id, dependsOnId })),
  );
  const dependencyOptions = (
    project ? dependencyCandidates(allProjects, project.id, edges) : allProjects
  ).map((p) => ({ value: p.id, label: p.name }));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('form.title')}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('form.name')}
          required
          value={values.name}
          error={error('name')}
          onChange={(e) => set('name', e.currentTarget.value)}
        />
        <Textarea
          label={t('form.description')}
          autosize
          minRows={2}
          value={values.description}
          error={error('description')}
          onChange={(e) => set('description', e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('detail.owner')}
            data={people}
            value={values.ownerUserId}
            clearable
            searchable
            error={error('ownerUserId')}
            onChange={(v) => set('ownerUserId', v)}
          />
          <Select
            label={t('overview.lead')}
            data={people}
            value={values.leadUserId}
            clearable
            searchable
            error={error('leadUserId')}
            onChange={(v) => set('leadUserId', v)}
          />
          <Select
            label={t('overview.unit')}
            data={units}
            value={values.unitId}
            clearable
            searchable
            error={error('unitId')}
            onChange={(v) => set('unitId', v)}
          />
          <NumberInput
            label={t('detail.budget')}
            suffix={krSuffix}
            {...numberInput}
            min={0}
            value={values.budget}
            error={error('budget')}
            onChange={(v) => set('budget', v)}
          />
          <TextInput
            type="date"
            label={t('form.startDate')}
            value={values.startDate}
            error={error('startDate')}
            onChange={(e) => set('startDate', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('form.endDate')}
            value={values.endDate}
            error={error('endDate')}
            onChange={(e) => set('endDate', e.currentTarget.value)}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('detail.strategies')}
          data={strategies}
          value={values.strategyIds}
          searchable
          error={error('strategyIds')}
          onChange={(v) => set('strategyIds', v)}
        />
        {project && (
          <Select
            label={t('form.programme')}
            description={keepsProgrammes ? undefined : t('form.programmeKeepers')}
            data={programmes}
            value={values.programmeId}
            clearable
            searchable
            disabled={!keepsProgrammes}
            error={error('programmeId')}
            onChange={(v) => set('programmeId', v)}
          />
        )}
        <MultiSelect
          label={t('detail.systems')}
          data={systems}
          value={values.usageIds}
          searchable
          error={error('usageIds')}
          onChange={(v) => set('usageIds', v)}
        />
        <MultiSelect
          label={t('form.dependsOn')}
          data={dependencyOptions}
          value={values.dependsOnIds}
          searchable
          error={error('dependsOnIds')}
          onChange={(v) => set('dependsOnIds', v)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone(null)}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={updating.loading || creating.loading}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
