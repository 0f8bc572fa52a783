import { Button, Checkbox, Popover, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ChoosableColumn {
  id: string;
  label: string;
  visible: boolean;
  toggle: (on: boolean) => void;
}

/** Shows or hides table columns; at least one column always stays visible. */
export function ColumnChooser({ columns }: { columns: readonly ChoosableColumn[] }) {
  const { t } = useTranslation('systems');
  const visibleCount = columns.filter((c) => c.visible).length;
  return (
    <Popover position="bottom-end" shadow="md" trapFocus>
      <Popover.Target>
        <Button variant="default" size="xs">
          {t('table.columns')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="group" aria-label={t('table.columns')}>
          {columns.map((column) => (
            <Checkbox
              key={column.id}
              label={column.label}
              checked={column.visible}
              disabled={column.visible && visibleCount === 1}
              onChange={(event) => column.toggle(event.currentTarget.checked)}
            />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
