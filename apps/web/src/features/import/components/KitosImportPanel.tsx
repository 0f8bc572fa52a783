import { useMutation } from '@apollo/client/react';
import { Alert, Button, FileInput, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKitosMutation, ImportLineStatus, ImportMode } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { exportXlsx } from '../../../ui/table/table-export';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { IMPORT_URI, ImportKitosDocument } from '../graphql/import.documents';
import { importReportColumns } from '../import-report';
import { TEMPLATE_KINDS } from '../import-templates';
import { ImportColumnsTable } from './ImportColumnsTable';
import { ImportLinesTable } from './ImportLinesTable';
import { ImportTemplateLinks } from './ImportTemplateLinks';

/** As the API's limit (apps/api/src/modules/import/kitos-workbook.ts): a bigger file is refused before it is sent. */
const MAX_FILE_MB = 10;

type Report = ImportKitosMutation['importKitos'];

/** The file as base64, as the mutation carries it. */
const readBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });

/**
 * Administration → Import: a KITOS workbook or a filled-in Overblik template (XLSX or CSV) is uploaded, its kind and column mapping shown (columns
 * re-mappable or ignored), a dry run lists what each row would do, and the import is applied —
 * stopping at the first error or skipping bad rows — with the result downloadable as XLSX.
 */
export function KitosImportPanel() {
  const { t } = useTranslation('import');
  const errorMessage = useErrorMessage();
  const [run, { loading }] = useMutation(ImportKitosDocument, { context: { uri: IMPORT_URI } });
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [overrides, setOverrides] = useState<Record<string, string | null>>({});
  const [plan, setPlan] = useState<Report | null>(null);
  const [result, setResult] = useState<Report | null>(null);
  const [mode, setMode] = useState<ImportMode>('STOP_ON_ERROR');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (base64: string, map: Record<string, string | null>, dryRun: boolean) => {
    setProblem(null);
    try {
      const { data } = await run({
        variables: {
          input: {
            file: base64,
            dryRun,
            mode,
            overrides: Object.entries(map).map(([title, target]) => ({ title, target })),
          },
        },
      });
      return data?.importKitos ?? null;
    } catch (error) {
      setProblem(apiFieldErrors(error).file ?? errorMessage(error));
      return null;
    }
  };

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setPlan(null);
    setResult(null);
    setOverrides({});
    setContent(null);
    setProblem(null);
    if (!chosen) return;
    if (chosen.size > MAX_FILE_MB * 1024 * 1024) {
      setProblem(t('tooLarge', { max: MAX_FILE_MB }));
      return;
    }
    const base64 = await readBase64(chosen);
    setContent(base64);
    setPlan(await submit(base64, {}, true));
  };

  const remap = async (title: string, target: string | null) => {
    if (!content) return;
    const next = { ...overrides, [title]: target };
    setOverrides(next);
    setResult(null);
    setPlan(await submit(content, next, true));
  };

  const apply = async () => {
    if (!content) return;
    const report = await submit(content, overrides, false);
    setResult(report);
    if (report?.applied) setPlan(null);
  };

  const statusLabel = (status: string): string => t(`status.${status as ImportLineStatus}`);
  const download = (report: Report) =>
    exportXlsx(
      importReportColumns(report.lines, {
        row: t('lines.row'),
        name: t('lines.name'),
        status: t('lines.status'),
        changes: t('report.changes'),
        errors: t('report.errors'),
        warnings: t('report.warnings'),
        statusValue: statusLabel,
        field: (f) => t(`fields.${f}`, { defaultValue: f }),
      }),
      t('report.filename'),
      t('report.sheet'),
    );

  return (
    <Stack gap="lg">
      <Text size="sm" maw={760}>
        {t('intro')}
      </Text>
      <ImportTemplateLinks />
      <FileInput
        label={t('file')}
        description={t('fileHint', { max: MAX_FILE_MB })}
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        value={file}
        onChange={(f) => void choose(f)}
        maw={480}
      />
      {loading && (
        <Text size="sm" role="status">
          {t('working')}
        </Text>
      )}
      {problem && (
        <Alert color="red" title={t('problem')} role="alert">
          {problem}
        </Alert>
      )}
      {result && (
        <Alert
          color={result.applied ? 'green' : 'red'}
          title={result.applied ? t('applied') : t('notApplied')}
          role="status"
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('counts', result)}</Text>
            <Button variant="light" onClick={() => void download(result)}>
              {t('report.download')}
            </Button>
          </Stack>
        </Alert>
      )}
      {result && <ImportLinesTable lines={result.lines} caption={t('lines.resultCaption')} />}
      {plan && (
        <>
          <Title order={3} size="h4">
            {t('detected', { kind: t(`kinds.${plan.kind}`) })}
          </Title>
          <ImportColumnsTable
            columns={plan.columns}
            fields={plan.fields}
            attributes={!(TEMPLATE_KINDS as readonly string[]).includes(plan.kind)}
            onChange={(title, target) => void remap(title, target)}
          />
          <Text size="sm">{t('counts', plan)}</Text>
          <ImportLinesTable lines={plan.lines} caption={t('lines.planCaption')} />
          <Radio.Group label={t('mode.label')} value={mode} onChange={(v) => setMode(v)}>
            <Stack gap={6} mt={6}>
              <Radio value="STOP_ON_ERROR" label={t('mode.STOP_ON_ERROR')} />
              <Radio value="SKIP_BAD_ROWS" label={t('mode.SKIP_BAD_ROWS')} />
            </Stack>
          </Radio.Group>
          <Group>
            <Button onClick={() => void apply()} loading={loading}>
              {t('apply')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
