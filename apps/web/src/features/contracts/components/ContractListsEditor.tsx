import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface OptionDraft {
  months: number | null;
  exercisedOn: string;
}

export interface EconomyDraft {
  kind: 'ACQUISITION' | 'YEARLY_OPERATION' | 'OTHER';
  amount: number | null;
  unitId: string | null;
  note: string;
}

const KINDS = ['ACQUISITION', 'YEARLY_OPERATION', 'OTHER'] as const;

/** Edits the contract's extension options and economy lines; each row has a visible remove button. */
export function ContractListsEditor({
  options,
  onOptions,
  lines,
  onLines,
  units,
}: {
  options: OptionDraft[];
  onOptions: (next: OptionDraft[]) => void;
  lines: EconomyDraft[];
  onLines: (next: EconomyDraft[]) => void;
  units: { id: string; name: string }[];
}) {
  const { t } = useTranslation('contracts');
  const setOption = (i: number, patch: Partial<OptionDraft>) =>
    onOptions(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  const setLine = (i: number, patch: Partial<EconomyDraft>) =>
    onLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('detail.options')}
      </Title>
      {options.length === 0 && <Text size="sm">{t('detail.noOptions')}</Text>}
      {options.map((o, i) => (
        <Group key={i} align="flex-end" gap="xs">
          <NumberInput
            label={t('edit.optionMonths', { ordinal: i + 1 })}
            min={1}
            value={o.months ?? ''}
            onChange={(v) => setOption(i, { months: typeof v === 'number' ? v : null })}
          />
          <TextInput
            type="date"
            label={t('edit.exercisedOn', { ordinal: i + 1 })}
            value={o.exercisedOn}
            onChange={(e) => setOption(i, { exercisedOn: e.currentTarget.value })}
          />
          <ActionIcon
            variant="default"
            size="lg"
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

      <Title order={3} size="h5">
        {t('detail.economy')}
      </Title>
      {lines.length === 0 && <Text size="sm">{t('detail.noEconomy')}</Text>}
      {lines.map((l, i) => (
        <Group key={i} align="flex-end" gap="xs" wrap="wrap">
          <Select
            label={t('edit.lineKind', { n: i + 1 })}
            value={l.kind}
            allowDeselect={false}
            data={KINDS.map((k) => ({ value: k, label: t(`economyKind.${k}`) }))}
            onChange={(v) => v && setLine(i, { kind: v as EconomyDraft['kind'] })}
            w={170}
          />
          <NumberInput
            label={t('edit.lineAmount', { n: i + 1 })}
            min={0}
            decimalScale={2}
            value={l.amount ?? ''}
            onChange={(v) => setLine(i, { amount: typeof v === 'number' ? v : null })}
            w={150}
          />
          <Select
            label={t('edit.lineUnit', { n: i + 1 })}
            value={l.unitId}
            clearable
            data={units.map((u) => ({ value: u.id, label: u.name }))}
            onChange={(v) => setLine(i, { unitId: v })}
            w={200}
          />
          <TextInput
            label={t('edit.lineNote', { n: i + 1 })}
            value={l.note}
            onChange={(e) => setLine(i, { note: e.currentTarget.value })}
          />
          <ActionIcon
            variant="default"
            size="lg"
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
