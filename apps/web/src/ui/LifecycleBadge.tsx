import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Lifecycle } from '../gql/graphql';

const COLORS: Record<Lifecycle, MantineColor> = {
  PLANNED: 'blue',
  IN_USE: 'green',
  PHASING_OUT: 'orange',
  RETIRED: 'gray',
};

/** The dot variant keeps black text on white (AA); the colour only repeats what the text says. */
export function LifecycleBadge({ lifecycle }: { lifecycle: Lifecycle }) {
  const { t } = useTranslation('systems');
  return (
    <Badge variant="dot" color={COLORS[lifecycle]} tt="none" size="md">
      {t(`lifecycle.${lifecycle}`)}
    </Badge>
  );
}
