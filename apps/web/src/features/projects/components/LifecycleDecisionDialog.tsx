import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { lifecycleDecisionRuleErrors, type ProjectLifecycleAction } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { DecideProjectLifecycleDocument } from '../graphql/project-lifecycle.documents';

interface Props {
  project: { id: string; version: number; name: string };
  action: ProjectLifecycleAction;
  onClose: () => void;
}

/** The board's pause, resume or stop, with the reason the decision log keeps. */
export function LifecycleDecisionDialog({ project, action, onClose }: Props) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const rules = useRuleErrors();
  const [reason, setReason] = useState('');
  const [formError, setFormError] = useState<string | null>(null);
  const [apiErrors, setApiErrors] = useState<Record<string, string>>({});
  const [decide, { loading }] = useMutation(DecideProjectLifecycleDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setApiErrors({});
    // The shared rule (`@overblik/domain`) the API checks again.
    if (!rules.check(lifecycleDecisionRuleErrors({ action, reason }))) return;
    try {
      await decide({
        variables: { input: { projectId: project.id, version: project.version, action, reason } },
      });
      onClose();
    } catch (error) {
      setApiErrors(apiFieldErrors(error));
      setFormError(describeError(error));
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`lifecycle.dialogTitle.${action}`, { name: project.name })}
      closeButtonProps={{ 'aria-label': t('lifecycle.close') }}
      centered
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <Text size="sm">{t('lifecycle.hint')}</Text>
          {action === 'STOP' && <Text size="sm">{t('lifecycle.stopHint')}</Text>}
          <Textarea
            label={t('lifecycle.reason')}
            required
            autosize
            minRows={3}
            value={reason}
            error={rules.message('reason') ?? apiErrors.reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('lifecycle.cancel')}
            </Button>
            <Button type="submit" color={action === 'STOP' ? 'red' : undefined} loading={loading}>
              {t('lifecycle.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
