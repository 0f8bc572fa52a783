import { useApolloClient, useQuery } from '@apollo/client/react';
import { Group, Pagination, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { AUDIT_ACTIONS, auditLogFilterSchema, checkRules } from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../../../ui/ScrollTable';
import { fieldColumns, type ExportScope } from '../../../ui/table/table-export';
import { TableExport } from '../../../ui/table/TableExport';
import { QueryState } from '../../../ui/QueryState';
import { useFormatters } from '../../../ui/useFormatters';
import { useRuleMessage } from '../../../ui/useRuleMessage';
import { auditLogColumns } from '../audit-log-csv';
import { AuditLogDocument, AuditLogFilterOptionsDocument } from '../graphql/audit-log.documents';

const PAGE_SIZE = 50;
/** The API's largest page; the export reads the filtered log in pages of this size. */
const EXPORT_PAGE = 500;

interface Filter {
  entityType: string | null;
  userId: string | null;
  action: string | null;
  from: string;
  to: string;
}

const EMPTY: Filter = { entityType: null, userId: null, action: null, from: '', to: '' };

/** The organisation's audit log for administrators: filters, pages of 50, and CSV/Excel export of the filtered log. */
export function AuditLogPanel() {
  const { t } = useTranslation(['admin', 'history']);
  const { formatDateTime } = useFormatters();
  const ruleMessage = useRuleMessage();
  const client = useApolloClient();
  const [filter, setFilter] = useState<Filter>(EMPTY);
  const [page, setPage] = useState(1);
  const checked = checkRules(auditLogFilterSchema, {
    ...filter,
    from: filter.from || null,
    to: filter.to || null,
  });
  const apiFilter = checked.ok ? checked.data : null;
  const options = useQuery(AuditLogFilterOptionsDocument);
  const { data, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: { filter: apiFilter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    skip: !apiFilter,
    fetchPolicy: 'cache-and-network',
  });
  const log = data?.auditLog;
  const dateError = checked.errors.find((e) => e.field === 'to');
  const change = (patch: Partial<Filter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const action = (a: string) => t(`history:action.${a}` as 'history:action.UPDATE', { defaultValue: a });

  /**
   * The filtered log, read in pages: the columns the table shows, one row per entry, or all of
   * them with one row per changed field.
   */
  const exportColumns = async (scope: ExportScope) => {
    const entries = [];
    for (let offset = 0; ; offset += EXPORT_PAGE) {
      const { data: chunk } = await client.query({
        query: AuditLogDocument,
        variables: { filter: apiFilter, offset, limit: EXPORT_PAGE },
      });
      const items = chunk?.auditLog.items ?? [];
      entries.push(...items);
      if (items.length < EXPORT_PAGE) break;
    }
    if (scope === 'visible') {
      return fieldColumns(entries, [
        { header: t('history:at'), value: (e) => formatDateTime(e.at) },
        { header: t('history:author'), value: (e) => e.authorName ?? t('history:system') },
        { header: t('history:action.title'), value: (e) => action(e.action) },
        { header: t('log.entityType'), value: (e) => e.entityType },
        { header: t('log.fields'), value: (e) => e.changes.map((c) => c.field).join(', ') },
      ]);
    }
    const headers = [
      t('history:at'),
      t('history:author'),
      t('history:action.title'),
      t('log.entityType'),
      t('log.entityId'),
      t('history:fieldHeader'),
      t('history:before'),
      t('history:after'),
    ] as const;
    return auditLogColumns(entries, headers, formatDateTime);
  };

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm">
        <Select
          label={t('log.entityType')}
          placeholder={t('log.all')}
          clearable
          data={options.data?.auditLogEntityTypes ?? []}
          value={filter.entityType}
          onChange={(entityType) => change({ entityType })}
        />
        <Select
          label={t('history:author')}
          placeholder={t('log.all')}
          clearable
          searchable
          data={(options.data?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.name }))}
          value={filter.userId}
          onChange={(userId) => change({ userId })}
        />
        <Select
          label={t('history:action.title')}
          placeholder={t('log.all')}
          clearable
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: action(a) }))}
          value={filter.action}
          onChange={(value) => change({ action: value })}
        />
        <TextInput
          type="date"
          label={t('log.from')}
          value={filter.from}
          onChange={(e) => change({ from: e.currentTarget.value })}
        />
        <TextInput
          type="date"
          label={t('log.to')}
          value={filter.to}
          error={dateError ? ruleMessage(dateError) : undefined}
          onChange={(e) => change({ to: e.currentTarget.value })}
        />
        <TableExport name={t('log.exportName')} columns={exportColumns} disabled={!apiFilter} />
      </Group>
      <QueryState
        loading={loading && !log}
        error={error}
        onRetry={() => void refetch()}
        empty={log?.totalCount === 0}
        emptyTitle={t('log.emptyTitle')}
        emptyText={t('log.empty')}
        loadingLabel={t('log.loading')}
      >
        {log && (
          <Stack gap="sm">
            <ScrollTable label={t('log.caption', { count: log.totalCount })} minWidth={720}>
              <Table striped verticalSpacing="xs">
                <Table.Caption>{t('log.caption', { count: log.totalCount })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('history:at')}</Table.Th>
                    <Table.Th scope="col">{t('history:author')}</Table.Th>
                    <Table.Th scope="col">{t('history:action.title')}</Table.Th>
                    <Table.Th scope="col">{t('log.entityType')}</Table.Th>
                    <Table.Th scope="col">{t('log.fields')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {log.items.map((e) => (
                    <Table.Tr key={e.id}>
                      <Table.Td>{formatDateTime(e.at)}</Table.Td>
                      <Table.Td>{e.authorName ?? t('history:system')}</Table.Td>
                      <Table.Td>{action(e.action)}</Table.Td>
                      <Table.Td>{e.entityType}</Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {e.changes.map((c) => c.field).join(', ')}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
            {log.totalCount > PAGE_SIZE && (
              <Pagination
                total={Math.ceil(log.totalCount / PAGE_SIZE)}
                value={page}
                onChange={setPage}
                getControlProps={(control) => ({ 'aria-label': t(`log.page.${control}`) })}
                getItemProps={(n) => ({ 'aria-label': t('log.page.number', { n }) })}
              />
            )}
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
