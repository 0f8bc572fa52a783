import { Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface EdgeListItem {
  id: string;
  /** The other end: a data source or a system. */
  name: string;
  /** Accessible names of the row's buttons, naming the other end and the direction. */
  editLabel: string;
  removeLabel: string;
  onEdit: () => void;
  onRemove: () => void;
}

/** One kind of the system's edges (data sources, integrations out or in), each with edit and remove. */
export function EdgeList({ label, items }: { label: string; items: readonly EdgeListItem[] }) {
  const { t } = useTranslation('systems');
  return (
    <List listStyleType="none" spacing="xs" aria-label={label}>
      {items.map((item) => (
        <List.Item key={item.id}>
          <Group gap="sm">
            <Text size="sm">{item.name}</Text>
            <Button size="compact-xs" variant="default" aria-label={item.editLabel} onClick={item.onEdit}>
              {t('edges.edit')}
            </Button>
            <Button size="compact-xs" variant="default" aria-label={item.removeLabel} onClick={item.onRemove}>
              {t('edges.remove')}
            </Button>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
