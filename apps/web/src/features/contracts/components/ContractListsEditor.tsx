import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { ECONOMY_KINDS } from '@overblik/domain';
import { useTranslation } from 'react-i18next';
import type { EconomyDraft, OptionDraft } from '../contract-form-model';

/** Field errors keyed by the API's paths, e.g. `options.0.months`. */
type Errors = Record<string, string | undefined>;

/** The contract's extension options; each row has a visible remove button. */
export function OptionsEditor({
  options,
  onOptions,
  errors = {},
}: {
  options: OptionDraft[];
  onOptions: (next: OptionDraft[]) => void;
  errors?: Errors;
}) {
  const { t } = useTranslation('contracts');
  const setOption = (i: number, patch: Partial<OptionDraft>) =>
    onOptions(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <Stack gap="sm">
      {options.length === 0 && <Text size="sm">{t('detail.noOptions')}</Text>}
      {options.map((o, i) => (
        <Group key={i} align="flex-start" gap="xs">
          <NumberInput
            label={t('edit.optionMonths', { ordinal: i + 1 })}
            min={1}
            allowDecimal={false}
            value={o.months ?? ''}
            error={errors[`options.${i}.months`] ?? errors[`options.${i}.ordinal`]}
            onChange={(v) => setOption(i, { months: typeof v === 'number' ? v : null })}
          />
          <TextInput
            type="date"
            label={t('edit.exercisedOn', { ordinal: i + 1 })}
            value={o.exercisedOn}
            error={errors[`options.${i}.exercisedOn`]}
            onChange={(e) => setOption(i, { exercisedOn: e.currentTarget.value })}
          />
          <ActionIcon
            variant="default"
            size="lg"
            mt={25}
            aria-label={t('edit.removeOption', { ordinal: i + 1 })}
            onClick={() => onOptions(options.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="default"
        size="xs"
        w="fit-content"
        onClick={() => onOptions([...options, { months: 12, exercisedOn: '' }])}
      >
        {t('edit.addOption')}
      </Button>
    </Stack>
  );
}

/** Economy lines per paying unit; each row has a visible remove button. */
export function EconomyLinesEditor({
  lines,
  onLines,
  units,
  errors = {},
}: {
  lines: EconomyDraft[];
  onLines: (next: EconomyDraft[]) => void;
  units: { id: string; name: string }[];
  errors?: Errors;
}) {
  const { t } = useTranslation('contracts');
  const setLine = (i: number, patch: Partial<EconomyDraft>) =>
    onLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  return (
    <Stack gap="sm">
      {lines.length === 0 && <Text size="sm">{t('detail.noEconomy')}</Text>}
      {lines.map((l, i) => (
        <Group key={i} align="flex-start" gap="xs" wrap="wrap">
          <Select
            label={t('edit.lineKind', { n: i + 1 })}
            value={l.kind}
            allowDeselect={false}
            data={ECONOMY_KINDS.map((k) => ({ value: k, label: t(`economyKind.${k}`) }))}
            onChange={(v) => v && setLine(i, { kind: v })}
            w={170}
          />
          <NumberInput
            label={t('edit.lineAmount', { n: i + 1 })}
            min={0}
            decimalScale={2}
            value={l.amount ?? ''}
            error={errors[`economyLines.${i}.amount`]}
            onChange={(v) => setLine(i, { amount: typeof v === 'number' ? v : null })}
            w={150}
          />
          <Select
            label={t('edit.lineUnit', { n: i + 1 })}
            value={l.unitId}
            clearable
            searchable
            data={units.map((u) => ({ value: u.id, label: u.name }))}
            error={errors[`economyLines.${i}.unitId`]}
            onChange={(v) => setLine(i, { unitId: v })}
            w={200}
          />
          <TextInput
            label={t('edit.lineNote', { n: i + 1 })}
            value={l.note}
            error={errors[`economyLines.${i}.note`]}
            onChange={(e) => setLine(i, { note: e.currentTarget.value })}
          />
          <ActionIcon
            variant="default"
            size="lg"
            mt={25}
            aria-label={t('edit.removeLine', { n: i + 1 })}
            onClick={() => onLines(lines.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="default"
        size="xs"
        w="fit-content"
        onClick={() =>
          onLines([...lines, { kind: 'YEARLY_OPERATION', amount: null, unitId: null, note: '' }])
        }
      >
        {t('edit.addLine')}
      </Button>
    </Stack>
  );
}
