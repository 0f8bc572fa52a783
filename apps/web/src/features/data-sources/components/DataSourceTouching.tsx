import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { SectionTable } from '../../../ui/SectionTable';
import { useFormatters } from '../../../ui/useFormatters';

export const DataSourceTouching_profile = graphql(`
  fragment DataSourceTouching_profile on DataSourceProfileView {
    readers {
      usageId
      usageName
    }
    contracts {
      id
      name
      effectiveEnd
      noticeDate
      usageIds
    }
    projects {
      id
      name
      usageIds
    }
  }
`);

/** The contracts covering the source's readers and the projects working on them. */
export function DataSourceTouching({
  profile: ref,
}: {
  profile: FragmentType<typeof DataSourceTouching_profile>;
}) {
  const profile = getFragmentData(DataSourceTouching_profile, ref);
  const { t } = useTranslation(['dataSources', 'systems']);
  const { formatDate } = useFormatters();
  const names = new Map(profile.readers.map((r) => [r.usageId, r.usageName]));
  const readers = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? '').join(', ');
  return (
    <Stack gap="lg">
      <SectionTable
        id="data-source-contracts"
        title={t('profile.contractsTitle')}
        empty={t('profile.noContracts')}
        headers={[
          t('systems:detail.contract'),
          t('systems:detail.effectiveEnd'),
          t('systems:detail.noticeDate'),
          t('profile.viaReaders'),
        ]}
        rows={profile.contracts.map((c) => ({
          key: c.id,
          cells: [
            <Anchor key="c" component={Link} to={`/kontrakter/${c.id}`}>
              {c.name}
            </Anchor>,
            c.effectiveEnd ? formatDate(c.effectiveEnd) : t('profile.openEnded'),
            formatDate(c.noticeDate),
            readers(c.usageIds),
          ],
        }))}
      />
      <SectionTable
        id="data-source-projects"
        title={t('profile.projectsTitle')}
        empty={t('profile.noProjects')}
        headers={[t('systems:detail.project'), t('profile.viaReaders')]}
        rows={profile.projects.map((p) => ({
          key: p.id,
          cells: [
            <Anchor key="p" component={Link} to={`/portefolje/projekter/${p.id}`}>
              {p.name}
            </Anchor>,
            readers(p.usageIds),
          ],
        }))}
      />
    </Stack>
  );
}
