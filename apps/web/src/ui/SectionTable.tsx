import { Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ScrollTable } from './ScrollTable';

export interface SectionTableProps {
  id: string;
  title: string;
  empty: string;
  headers: readonly string[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
}

/** A titled section with a simple table, or a sentence saying there is nothing. */
export function SectionTable({ id, title, empty, headers, rows }: SectionTableProps) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <ScrollTable label={title} minWidth={560} exportName={title}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                {headers.map((header) => (
                  <Table.Th key={header} scope="col">
                    {header}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.key}>
                  {row.cells.map((cell, i) =>
                    i === 0 ? (
                      <Table.Th key={i} scope="row" fw={500}>
                        {cell}
                      </Table.Th>
                    ) : (
                      <Table.Td key={i}>{cell}</Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </section>
  );
}
