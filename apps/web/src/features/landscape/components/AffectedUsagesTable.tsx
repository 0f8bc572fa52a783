import { Anchor, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { AffectedUsagesTable_UsageFragment } from '../../../gql/graphql';
import { usePayloadText } from '../../../ui/PayloadFields';
import { DataTable, type DataColumn } from '../../../ui/table/DataTable';

export const AffectedUsagesTable_usage = graphql(`
  fragment AffectedUsagesTable_usage on AffectedUsageView {
    usageId
    name
    certainty
    depth
    via
    path
    dataTypes
    registerFamilies
    unknownData
  }
`);

type AffectedUsage = AffectedUsagesTable_UsageFragment;

interface Props {
  group: 'CERTAIN' | 'POSSIBLE';
  usages: readonly FragmentType<typeof AffectedUsagesTable_usage>[];
  nameOf(id: string): string;
}

/** One certainty group of the affected systems as a sortable, exportable table (CSV/XLSX). */
export function AffectedUsagesTable({ group, usages: refs, nameOf }: Props) {
  const usages = getFragmentData(AffectedUsagesTable_usage, refs);
  const { t } = useTranslation(['landscape', 'systems']);
  const payloadText = usePayloadText();
  const certain = group === 'CERTAIN';
  const titleId = certain ? 'impact-usages' : 'impact-possible-usages';

  const columns = useMemo<DataColumn<AffectedUsage>[]>(
    () => [
      {
        id: 'name',
        header: t('systems:columns.name'),
        text: (u) => u.name,
        cell: (u) => (
          <Anchor component={Link} to={`/systemer/${u.usageId}`}>
            {u.name}
          </Anchor>
        ),
      },
      // Exported too, so a combined spreadsheet still tells the groups apart.
      {
        id: 'certainty',
        header: t('impact.certainty'),
        text: (u) => t(`impact.certaintyValue.${u.certainty}`),
      },
      {
        id: 'depth',
        header: t('impact.depth'),
        text: (u) => (u.depth === 1 ? t('impact.direct') : t('impact.indirect', { depth: u.depth })),
        value: (u) => u.depth,
      },
      { id: 'via', header: t('impact.via'), text: (u) => t(`impact.viaValue.${u.via}`) },
      {
        id: 'loses',
        header: t('impact.loses'),
        text: (u) =>
          [payloadText(u), u.unknownData ? t('impact.unknownData') : ''].filter(Boolean).join('; '),
      },
      { id: 'path', header: t('impact.path'), text: (u) => u.path.map(nameOf).join(' → ') },
    ],
    [t, nameOf, payloadText],
  );

  return (
    <section aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId} mb="xs">
        {t(certain ? 'impact.usages' : 'impact.possibleUsages')}
      </Title>
      <DataTable
        data={usages}
        columns={columns}
        caption={t(certain ? 'impact.usagesCaption' : 'impact.possibleCaption')}
        getRowId={(u) => u.usageId}
        exportName={t(certain ? 'impact.usagesExport' : 'impact.possibleExport')}
      />
    </section>
  );
}
