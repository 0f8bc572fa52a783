import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { SectionTable } from '../../../ui/SectionTable';

export const InterfaceUsedBy_entry = graphql(`
  fragment InterfaceUsedBy_entry on Interface {
    id
    version
    usedBy {
      id
      version
      fromUsageId
      fromUsageName
      toUsageId
      toUsageName
      data
      direction
      frequency
    }
  }
`);

export interface InterfaceUsedByProps {
  entry: FragmentType<typeof InterfaceUsedBy_entry>;
  organisationName: string;
}

/** The organisation's integrations that go over the interface. */
export function InterfaceUsedBy({ entry: ref, organisationName }: InterfaceUsedByProps) {
  const entry = getFragmentData(InterfaceUsedBy_entry, ref);
  const { t } = useTranslation(['interfaces', 'systems']);
  const systemLink = (usageId: string, name: string) => (
    <Anchor component={Link} to={`/systemer/${usageId}`}>
      {name}
    </Anchor>
  );
  return (
    <SectionTable
      id="interface-used-by"
      title={t('usedByTitle', { organisation: organisationName })}
      empty={t('notUsed')}
      headers={[
        t('systems:detail.fromSystem'),
        t('systems:detail.toSystem'),
        t('systems:detail.data'),
        t('systems:detail.direction'),
        t('systems:edges.frequency'),
      ]}
      rows={entry.usedBy.map((i) => ({
        key: i.id,
        cells: [
          systemLink(i.fromUsageId, i.fromUsageName),
          systemLink(i.toUsageId, i.toUsageName),
          i.data,
          t(`systems:detail.directionValue.${i.direction}`),
          i.frequency,
        ],
      }))}
    />
  );
}
