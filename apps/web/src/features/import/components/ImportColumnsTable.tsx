import { Badge, Select, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../../ui/ScrollTable';

export interface ImportColumn {
  column: number;
  title: string;
  target: string | null;
  note: string | null;
}

const IGNORE = '__ignore';
type ColumnNote = 'ignored' | 'unknown' | 'unknownRole';

/** The detected column mapping: each column's title, where it goes (re-mappable or ignored) and why a column maps nowhere. */
export function ImportColumnsTable({
  columns,
  fields,
  attributes = true,
  onChange,
}: {
  columns: readonly ImportColumn[];
  fields: readonly string[];
  /** Whether a column can be kept as a read-only attribute (KITOS's workbooks; not Overblik's templates). */
  attributes?: boolean;
  onChange: (title: string, target: string | null) => void;
}) {
  const { t } = useTranslation('import');
  const options = [
    ...fields.map((f) => ({ value: f, label: t(`fields.${f}`, { defaultValue: f }) })),
    ...(attributes ? [{ value: 'attribute', label: t('fields.attribute') }] : []),
    { value: IGNORE, label: t('fields.ignore') },
  ];
  return (
    <ScrollTable label={t('columns.caption')} minWidth={640}>
      <Table striped captionSide="top">
        <Table.Caption>{t('columns.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('columns.title')}</Table.Th>
            <Table.Th scope="col">{t('columns.target')}</Table.Th>
            <Table.Th scope="col">{t('columns.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {columns.map((c) => (
            <Table.Tr key={c.column}>
              <Table.Th scope="row" fw={500}>
                {c.title}
              </Table.Th>
              <Table.Td>
                <Select
                  aria-label={t('columns.targetFor', { title: c.title })}
                  data={options}
                  value={c.target ?? IGNORE}
                  allowDeselect={false}
                  onChange={(value) => onChange(c.title, value === IGNORE || value === null ? null : value)}
                  w={260}
                />
              </Table.Td>
              <Table.Td>
                {c.note && (
                  <Badge variant="light" color={c.note === 'ignored' ? 'gray' : 'orange'}>
                    {t(`columns.notes.${c.note as ColumnNote}`)}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
