import { Checkbox, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { SCORE_DIRECTIONS } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import type { CriteriaEditor_CriterionFragment, ScoreDirection } from '../../../gql/graphql';

/** A criterion as the criteria table shows and edits it (its fragment is in `CriteriaEditor`). */
export type Criterion = CriteriaEditor_CriterionFragment;

export interface Draft {
  name: string;
  description: string;
  weight: number | string;
  scaleMin: number | string;
  scaleMax: number | string;
  direction: ScoreDirection;
  mandatory: boolean;
}

export const EMPTY_DRAFT: Draft = {
  name: '',
  description: '',
  weight: 10,
  scaleMin: 1,
  scaleMax: 5,
  direction: 'HIGHER_IS_BETTER',
  mandatory: false,
};

export const toDraft = (c: Criterion): Draft => ({
  name: c.name,
  description: c.description,
  weight: c.weight,
  scaleMin: c.scaleMin,
  scaleMax: c.scaleMax,
  direction: c.direction,
  mandatory: c.mandatory,
});

/** NumberInput gives '' for an empty field; the API then answers with a field error. */
const num = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);

export const toInput = (d: Draft) => ({
  name: d.name,
  description: d.description,
  weight: Number.isFinite(num(d.weight)) ? num(d.weight) : -1,
  scaleMin: Number.isInteger(num(d.scaleMin)) ? num(d.scaleMin) : -1000,
  scaleMax: Number.isInteger(num(d.scaleMax)) ? num(d.scaleMax) : -1000,
  direction: d.direction,
  mandatory: d.mandatory,
});

/** The criterion's fields, shared by the create form and the in-place edit row. */
export function CriterionDraftFields({
  draft,
  onChange,
  errors,
}: {
  draft: Draft;
  onChange: (d: Draft) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation('portfolio');
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => onChange({ ...draft, [key]: value });
  const label = (
    key: 'name' | 'criterionDescription' | 'weight' | 'scaleMin' | 'scaleMax' | 'direction' | 'mandatory',
  ) => t(`prioritisation.${key}` as const);
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <TextInput
        label={label('name')}
        required
        value={draft.name}
        error={errors.name}
        onChange={(e) => set('name', e.currentTarget.value)}
        w={220}
      />
      <TextInput
        label={label('criterionDescription')}
        value={draft.description}
        error={errors.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        w={280}
      />
      <NumberInput
        label={label('weight')}
        required
        min={0}
        max={1000}
        value={draft.weight}
        error={errors.weight}
        onChange={(v) => set('weight', v)}
        w={100}
      />
      <NumberInput
        label={label('scaleMin')}
        required
        allowDecimal={false}
        value={draft.scaleMin}
        error={errors.scaleMin}
        onChange={(v) => set('scaleMin', v)}
        w={100}
      />
      <NumberInput
        label={label('scaleMax')}
        required
        allowDecimal={false}
        value={draft.scaleMax}
        error={errors.scaleMax}
        onChange={(v) => set('scaleMax', v)}
        w={100}
      />
      <Select
        label={label('direction')}
        data={SCORE_DIRECTIONS.map((d) => ({
          value: d,
          label: t(`prioritisation.directions.${d}`),
        }))}
        value={draft.direction}
        allowDeselect={false}
        error={errors.direction}
        onChange={(v) => v && set('direction', v)}
        w={180}
      />
      <Checkbox
        label={label('mandatory')}
        description={t('prioritisation.mandatoryHelp')}
        checked={draft.mandatory}
        onChange={(e) => set('mandatory', e.currentTarget.checked)}
        mt="lg"
        maw={260}
      />
    </Group>
  );
}
