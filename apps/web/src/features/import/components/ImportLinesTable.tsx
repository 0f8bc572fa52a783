import { Badge, List, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportLineStatus } from '../../../gql/graphql';
import type { ReportLine } from '../import-report';
import { ScrollTable } from '../../../ui/ScrollTable';

const COLOURS: Record<string, string> = { CREATE: 'green', UPDATE: 'blue', UNCHANGED: 'gray', ERROR: 'red' };

/** A line per row: create / update / unchanged / error, with the changed fields and each reason by its cell. */
export function ImportLinesTable({ lines, caption }: { lines: readonly ReportLine[]; caption: string }) {
  const { t } = useTranslation('import');
  return (
    <ScrollTable label={caption} minWidth={760}>
      <Table striped captionSide="top" verticalSpacing="xs">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('lines.row')}</Table.Th>
            <Table.Th scope="col">{t('lines.name')}</Table.Th>
            <Table.Th scope="col">{t('lines.status')}</Table.Th>
            <Table.Th scope="col">{t('lines.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.row}>
              <Table.Td>{line.row}</Table.Td>
              <Table.Th scope="row" fw={500}>
                {line.name}
              </Table.Th>
              <Table.Td>
                <Badge variant="light" color={COLOURS[line.status]}>
                  {t(`status.${line.status as ImportLineStatus}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {line.changes.length > 0 && (
                  <Text size="sm">
                    {t('lines.changes', {
                      fields: line.changes.map((f) => t(`fields.${f}`, { defaultValue: f })).join(', '),
                    })}
                  </Text>
                )}
                {[...line.errors, ...line.warnings].length > 0 && (
                  <List size="sm" spacing={2}>
                    {line.errors.map((e, i) => (
                      <List.Item key={`e${i}`} c="red.9">
                        {e.column ? t('lines.cell', { column: e.column, message: e.message }) : e.message}
                      </List.Item>
                    ))}
                    {line.warnings.map((w, i) => (
                      <List.Item key={`w${i}`}>
                        {w.column ? t('lines.cell', { column: w.column, message: w.message }) : w.message}
                      </List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
