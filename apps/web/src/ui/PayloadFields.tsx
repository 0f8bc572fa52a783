import { Group, MultiSelect } from '@mantine/core';
import { DATA_TYPES, REGISTER_FAMILIES } from '@overblik/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataType, RegisterFamily } from '../gql/graphql';

export interface Payload {
  dataTypes: DataType[];
  registerFamilies: RegisterFamily[];
}

interface Props {
  value: Payload;
  onChange: (value: Payload) => void;
  errors?: Record<string, string>;
  /** Shown under the data types, e.g. what applies when nothing is chosen. */
  description?: string;
}

/**
 * The data an interface, integration or data-source edge carries: KITOS data types and the register
 * families they derive from. Nothing chosen means "not declared" (the impact analysis then says
 * "possibly affected"); families need a data type, so they are disabled until one is chosen.
 */
export function PayloadFields({ value, onChange, errors = {}, description }: Props) {
  const { t } = useTranslation('common');
  return (
    <Group grow align="flex-start">
      <MultiSelect
        label={t('payload.dataTypes')}
        description={description ?? t('payload.undeclaredHint')}
        data={DATA_TYPES.map((v) => ({ value: v, label: t(`payload.dataType.${v}`) }))}
        value={value.dataTypes}
        onChange={(v) =>
          onChange({
            dataTypes: v,
            registerFamilies: v.length ? value.registerFamilies : [],
          })
        }
        clearable
        searchable
        error={errors.dataTypes}
      />
      <MultiSelect
        label={t('payload.registerFamilies')}
        description={t('payload.familiesHint')}
        data={REGISTER_FAMILIES.map((v) => ({ value: v, label: t(`payload.registerFamily.${v}`) }))}
        value={value.registerFamilies}
        onChange={(v) => onChange({ ...value, registerFamilies: v })}
        disabled={value.dataTypes.length === 0}
        clearable
        searchable
        error={errors.registerFamilies}
      />
    </Group>
  );
}

/** "Person, Sag · CPR (persondata)" — a payload as one line of text; empty when not declared. */
export function usePayloadText() {
  const { t } = useTranslation('common');
  // Stable while the language is, so tables can memoise columns that use it.
  return useCallback(
    (p: { dataTypes: readonly DataType[]; registerFamilies: readonly RegisterFamily[] }) => {
      const types = p.dataTypes.map((v) => t(`payload.dataType.${v}`)).join(', ');
      const families = p.registerFamilies.map((v) => t(`payload.registerFamily.${v}`)).join(', ');
      return families ? `${types} · ${families}` : types;
    },
    [t],
  );
}
