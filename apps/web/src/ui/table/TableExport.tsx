import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportCsv, exportXlsx, type ExportColumn, type ExportScope } from './table-export';

export interface TableExportProps {
  /** File name without extension, and the sheet's name. */
  name: string;
  /** The columns of the chosen scope; a table whose rows come in pages fetches them all here. */
  columns: (scope: ExportScope) => readonly ExportColumn[] | Promise<readonly ExportColumn[]>;
  disabled?: boolean;
  /** False for a table that shows every field it has: no choice of columns is offered. */
  choice?: boolean;
}

/** CSV and Excel export of a table, of the columns it shows or of all its fields. */
export function TableExport({ name, columns, disabled, choice = true }: TableExportProps) {
  const { t } = useTranslation('systems');
  const labelId = useId();
  const [scope, setScope] = useState<ExportScope>('visible');
  const [exporting, setExporting] = useState(false);
  const run = async (kind: 'csv' | 'xlsx') => {
    setExporting(true);
    try {
      const chosen = await columns(scope);
      if (kind === 'csv') await exportCsv(chosen, name);
      else await exportXlsx(chosen, name, name);
    } finally {
      setExporting(false);
    }
  };
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      {choice && (
        <Stack gap={2}>
          <Text size="xs" fw={500} id={labelId}>
            {t('table.exportColumns')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-labelledby={labelId}
            value={scope}
            onChange={setScope}
            data={[
              { value: 'visible', label: t('table.visibleColumns') },
              { value: 'all', label: t('table.allColumns') },
            ]}
          />
        </Stack>
      )}
      <Button
        variant="default"
        size="xs"
        loading={exporting}
        disabled={disabled}
        onClick={() => void run('csv')}
      >
        {t('table.exportCsv')}
      </Button>
      <Button
        variant="default"
        size="xs"
        loading={exporting}
        disabled={disabled}
        onClick={() => void run('xlsx')}
      >
        {t('table.exportXlsx')}
      </Button>
    </Group>
  );
}
