import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../gql/graphql';
import { ROLE_ORDER } from '../roles';

export interface MappingRow {
  value: string;
  role: Role;
}

interface Props {
  rows: MappingRow[];
  onChange(rows: MappingRow[]): void;
  error(field: string): string | undefined;
}

/** Rows "claim value → role"; keyboard-usable, each row removable. */
export function RoleMappingRows({ rows, onChange, error }: Props) {
  const { t } = useTranslation('admin');
  const roleOptions = ROLE_ORDER.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  const change = (index: number, row: Partial<MappingRow>) =>
    onChange(rows.map((r, i) => (i === index ? { ...r, ...row } : r)));
  return (
    <fieldset>
      <legend>{t('signIn.mapping')}</legend>
      <Text size="sm" c="dimmed" mb="xs">
        {t('signIn.mappingHelp')}
      </Text>
      <Stack gap="xs">
        {rows.length === 0 && <Text size="sm">{t('signIn.mappingEmpty')}</Text>}
        {rows.map((row, index) => (
          <Group key={index} align="flex-start" wrap="nowrap">
            <TextInput
              label={t('signIn.mappingValue', { n: index + 1 })}
              value={row.value}
              error={error(`roleMapping.${index}.value`)}
              onChange={(e) => change(index, { value: e.currentTarget.value })}
              style={{ flex: 1 }}
            />
            <Select
              label={t('signIn.mappingRole', { n: index + 1 })}
              data={roleOptions}
              value={row.role}
              allowDeselect={false}
              error={error(`roleMapping.${index}.role`)}
              onChange={(value) => value && change(index, { role: value })}
            />
            <ActionIcon
              mt={28}
              variant="subtle"
              color="red"
              aria-label={t('signIn.mappingRemove', { n: index + 1 })}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => onChange([...rows, { value: '', role: 'READER' }])}
          >
            {t('signIn.mappingAdd')}
          </Button>
        </Group>
      </Stack>
    </fieldset>
  );
}
