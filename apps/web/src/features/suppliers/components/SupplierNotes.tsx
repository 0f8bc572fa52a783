import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { canKeepSuppliers, checkRules, supplierNotesFields } from '@overblik/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/useActor';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { SaveSupplierNotesDocument } from '../graphql/supplier-contacts.documents';

export const SupplierNotes_supplier = graphql(`
  fragment SupplierNotes_supplier on Supplier {
    id
    notes {
      notes
      version
    }
  }
`);

/** The organisation's own notes on the supplier: how it is to work with, escalation paths. */
export function SupplierNotes({ supplier: ref }: { supplier: FragmentType<typeof SupplierNotes_supplier> }) {
  const supplier = getFragmentData(SupplierNotes_supplier, ref);
  const { t } = useTranslation('suppliers');
  const headingId = useId();
  const canKeep = useCan(canKeepSuppliers);
  const describeError = useErrorMessage();
  const rules = useRuleErrors();
  const saved = supplier.notes?.notes ?? '';
  const [text, setText] = useState(saved);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [save, saving] = useMutation(SaveSupplierNotesDocument, { refetchQueries: ['SupplierDetail'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const checked = checkRules(supplierNotesFields, { notes: text });
    if (!rules.passes(checked)) return;
    try {
      await save({
        variables: {
          input: {
            supplierId: supplier.id,
            notes: checked.data.notes,
            version: supplier.notes?.version ?? null,
          },
        },
      });
      setMessage({ ok: true, text: t('notes.saved') });
    } catch (error) {
      setMessage({ ok: false, text: describeError(error) });
    }
  };

  return (
    <Paper component="section" withBorder p="md" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('notes.heading')}
        </Title>
        {canKeep ? (
          <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={headingId}>
            <Stack gap="xs">
              <Textarea
                label={t('notes.label')}
                description={t('notes.hint')}
                autosize
                minRows={3}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={rules.message('notes')}
              />
              {message && (
                <Alert color={message.ok ? 'green' : 'red'} role={message.ok ? 'status' : 'alert'}>
                  {message.text}
                </Alert>
              )}
              <Group justify="flex-end">
                <Button type="submit" loading={saving.loading} disabled={text === saved}>
                  {t('notes.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text c={saved ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
            {saved || t('notes.empty')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
