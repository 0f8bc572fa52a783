import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useErrorMessage } from './useErrorMessage';

export interface ConfirmDeleteModalProps {
  title: string;
  message: ReactNode;
  /** Texts in the caller's namespace: the close icon's label, cancel and delete. */
  labels: { close: string; cancel: string; confirm: string };
  /** The failed mutation's error; a conflict or stale version is shown and nothing is deleted. */
  error?: unknown;
  loading: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before deleting. Cancel has the focus, so Enter on an opened dialog never deletes. */
export function ConfirmDeleteModal({
  title,
  message,
  labels,
  error,
  loading,
  onConfirm,
  onClose,
}: ConfirmDeleteModalProps) {
  const describeError = useErrorMessage();
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': labels.close }} centered>
      <Stack gap="sm">
        <Text size="sm">{message}</Text>
        {error != null && (
          <Alert color="red" role="alert">
            {describeError(error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {labels.cancel}
          </Button>
          <Button color="red" onClick={onConfirm} loading={loading}>
            {labels.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
