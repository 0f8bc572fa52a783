import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A definition list of label/value pairs in a responsive grid. */
export function FactList({ facts }: { facts: [string, ReactNode][] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" m={0}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} size="sm">
            {value === '' || value === null || value === undefined ? '–' : value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
