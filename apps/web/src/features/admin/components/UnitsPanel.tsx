import { useQuery } from '@apollo/client/react';
import { Alert, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../ui/QueryState';
import { AdminUnitsDocument } from '../graphql/admin.documents';
import { DeleteUnitDialog } from './DeleteUnitDialog';
import { RenameUnitDialog } from './RenameUnitDialog';
import { UnitCreateForm } from './UnitCreateForm';
import { UnitTable, type AdminUnit } from './UnitTable';

export interface UnitsPanelProps {
  organisationName: string;
  canEdit: boolean;
}

type Dialog = { kind: 'rename' | 'delete'; unit: AdminUnit } | null;

/** The unit tree; administrators create, rename and delete units. */
export function UnitsPanel({ organisationName, canEdit }: UnitsPanelProps) {
  const { t } = useTranslation('admin');
  const { data, loading, error, refetch } = useQuery(AdminUnitsDocument);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [done, setDone] = useState<string | null>(null);
  const units = data?.units ?? [];
  const finish = (message: string) => {
    setDialog(null);
    setDone(message);
  };

  return (
    <Stack gap="xl">
      {done && (
        <Alert
          color="green"
          role="status"
          withCloseButton
          closeButtonLabel={t('units.close')}
          onClose={() => setDone(null)}
        >
          {done}
        </Alert>
      )}
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={units.length === 0}
        loadingLabel={t('units.loading')}
        emptyText={t('units.empty')}
      >
        <UnitTable
          units={units}
          caption={t('units.caption', { organisation: organisationName })}
          onRename={canEdit ? (unit) => setDialog({ kind: 'rename', unit }) : undefined}
          onDelete={canEdit ? (unit) => setDialog({ kind: 'delete', unit }) : undefined}
        />
      </QueryState>
      {canEdit && <UnitCreateForm units={units} />}
      {dialog?.kind === 'rename' && (
        <RenameUnitDialog
          unit={dialog.unit}
          onClose={() => setDialog(null)}
          onSaved={(newName) => finish(t('units.renamed', { name: dialog.unit.name, newName }))}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteUnitDialog
          unit={dialog.unit}
          onClose={() => setDialog(null)}
          onDeleted={() => finish(t('units.deleted', { name: dialog.unit.name }))}
        />
      )}
    </Stack>
  );
}
