import { Box, Button, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { UnitTable_UnitFragment } from '../../../gql/graphql';
import { orderUnitTree } from '../unit-tree';
import { ScrollTable } from '../../../ui/ScrollTable';

export const UnitTable_unit = graphql(`
  fragment UnitTable_unit on Unit {
    id
    version
    name
    code
    parentId
  }
`);

export type AdminUnit = UnitTable_UnitFragment;

export interface UnitTableProps {
  units: readonly FragmentType<typeof UnitTable_unit>[];
  caption: string;
  /** Given for administrators: the rename and delete buttons per unit. */
  onRename?: (unit: AdminUnit) => void;
  onDelete?: (unit: AdminUnit) => void;
}

/**
 * The units in tree order, each indented by its depth; the parent column says the same in words,
 * for screen readers (a plain table has no row levels).
 */
export function UnitTable({ units: refs, caption, onRename, onDelete }: UnitTableProps) {
  const { t, i18n } = useTranslation(['admin', 'common']);
  const rows = orderUnitTree(getFragmentData(UnitTable_unit, refs), i18n.resolvedLanguage);
  const editable = Boolean(onRename || onDelete);
  const names = new Map(rows.map(({ unit }) => [unit.id, unit.name]));
  return (
    <ScrollTable label={caption} minWidth={420} exportName={caption}>
      <Table striped verticalSpacing="sm" captionSide="top" maw={editable ? 920 : 720}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('units.name')}</Table.Th>
            <Table.Th scope="col">{t('units.code')}</Table.Th>
            <Table.Th scope="col">{t('units.parent')}</Table.Th>
            {editable && (
              <Table.Th scope="col" data-export="skip">
                {t('units.actions')}
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ unit, depth }) => (
            <Table.Tr key={unit.id}>
              <Table.Th scope="row" fw={depth === 0 ? 600 : 400}>
                <Box pl={depth * 24}>{unit.name}</Box>
              </Table.Th>
              <Table.Td>
                {unit.code ?? (
                  <Text span c="dimmed" size="sm">
                    {t('common:notSet')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{unit.parentId ? names.get(unit.parentId) : null}</Table.Td>
              {editable && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {onRename && (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => onRename(unit)}
                        aria-label={t('units.renameUnit', { name: unit.name })}
                      >
                        {t('units.rename')}
                      </Button>
                    )}
                    {onDelete && (
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => onDelete(unit)}
                        aria-label={t('units.deleteUnit', { name: unit.name })}
                      >
                        {t('units.delete')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
