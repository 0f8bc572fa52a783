import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { checkRules, invoiceFields } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { ImportInvoicesDocument, RegisterInvoiceDocument } from '../graphql/contracts.documents';

const EMPTY = { number: '', invoiceDate: '', periodStart: '', periodEnd: '' };

/** Registers one invoice by hand, or many from a CSV file (all or none). */
export function InvoiceForm({ contractId, onSaved }: { contractId: string; onSaved: () => void }) {
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const [values, setValues] = useState(EMPTY);
  const [amount, setAmount] = useState<number | ''>('');
  const rules = useRuleErrors();
  const [status, setStatus] = useState<{ text: string; flagged: boolean } | null>(null);
  const [register, registering] = useMutation(RegisterInvoiceDocument);
  const [importCsv, importing] = useMutation(ImportInvoicesDocument);
  const [importErrors, setImportErrors] = useState<string[]>([]);
  const fieldErrors = apiFieldErrors(registering.error);
  const field = (key: keyof typeof EMPTY) => ({
    value: values[key],
    error: rules.message(key) ?? fieldErrors[key],
    onChange: (e: { currentTarget: { value: string } }) =>
      setValues({ ...values, [key]: e.currentTarget.value }),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    // The API's rules for an invoice (a number, an amount, the period in order), shown at the fields first.
    const checked = checkRules(invoiceFields, { ...values, amount: amount === '' ? undefined : amount });
    if (!rules.passes(checked)) return;
    const result = await register({
      variables: { input: { contractId, ...values, amount: checked.data.amount } },
    }).catch(() => null);
    const saved = result?.data?.registerInvoice;
    if (!saved) return;
    setStatus({
      text: t(saved.check.flagged ? 'invoices.registeredFlagged' : 'invoices.registered', {
        number: saved.number,
      }),
      flagged: saved.check.flagged,
    });
    setValues(EMPTY);
    setAmount('');
    onSaved();
  };

  const upload = async (file: File | null) => {
    if (!file) return;
    setStatus(null);
    setImportErrors([]);
    const result = await importCsv({ variables: { contractId, csv: await file.text() } }).catch(() => null);
    const outcome = result?.data?.importInvoicesCsv;
    if (!outcome) return;
    if (outcome.errors.length) {
      setImportErrors(
        outcome.errors.map((e) => t('invoices.line', { line: e.line, field: e.field, message: e.message })),
      );
      return;
    }
    setStatus({ text: t('invoices.imported', { count: outcome.imported.length }), flagged: false });
    onSaved();
  };

  return (
    <Stack gap="md">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('invoices.register')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('invoices.number')} required {...field('number')} />
          <TextInput type="date" label={t('invoices.invoiceDate')} required {...field('invoiceDate')} />
          <NumberInput
            label={t('invoices.amount')}
            required
            decimalScale={2}
            value={amount}
            error={rules.message('amount') ?? fieldErrors.amount}
            onChange={(v) => setAmount(typeof v === 'number' ? v : '')}
          />
          <TextInput type="date" label={t('invoices.periodStart')} required {...field('periodStart')} />
          <TextInput type="date" label={t('invoices.periodEnd')} required {...field('periodEnd')} />
        </SimpleGrid>
        <Group mt="sm">
          <Button type="submit" loading={registering.loading}>
            {t('invoices.register')}
          </Button>
        </Group>
      </form>
      {registering.error && !Object.keys(fieldErrors).length && (
        <Alert color="red" role="alert">
          {describeError(registering.error)}
        </Alert>
      )}
      {status && (
        <Alert color={status.flagged ? 'orange' : 'green'} role="status">
          {status.text}
        </Alert>
      )}
      <FileInput
        label={t('invoices.importFile')}
        description={t('invoices.importHelp')}
        accept=".csv,text/csv"
        clearable
        clearButtonProps={{ 'aria-label': t('invoices.clearFile') }}
        disabled={importing.loading}
        onChange={(f) => void upload(f)}
        w={{ base: '100%', sm: 420 }}
      />
      {importing.error && (
        <Alert color="red" role="alert">
          {describeError(importing.error)}
        </Alert>
      )}
      {importErrors.length > 0 && (
        <Alert color="red" role="alert">
          <Text size="sm">{t('invoices.importErrors')}</Text>
          <List size="sm">
            {importErrors.map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
