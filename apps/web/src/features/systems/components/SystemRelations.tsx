import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { DataSourceLink } from '../../../ui/DataSourceLink';
import { useFormatters } from '../../../ui/useFormatters';
import { SectionTable } from '../../../ui/SectionTable';

export const SystemRelations_dataSource = graphql(`
  fragment SystemRelations_dataSource on UsageDataSource {
    id
    version
    dataSourceId
    dataSourceName
    dataSourceKind
    channel
    access
    yearlyCost
    authoritative
  }
`);

export const SystemRelations_integration = graphql(`
  fragment SystemRelations_integration on Integration {
    id
    version
    fromUsageId
    fromUsageName
    toUsageId
    toUsageName
    interfaceId
    interfaceName
    data
    direction
  }
`);

export const SystemRelations_usage = graphql(`
  fragment SystemRelations_usage on SystemUsage {
    id
    version
    dataSources {
      id
      ...SystemRelations_dataSource
    }
    integrationsOut {
      id
      ...SystemRelations_integration
    }
    integrationsIn {
      id
      ...SystemRelations_integration
    }
    coveringContracts {
      id
      name
      validity
      effectiveEnd
      noticeDate
    }
    projects {
      id
      name
    }
    lifecycleConflicts {
      dependencyId
      dependencyName
      dependencyKind
      reason
      dependencyEnd
    }
  }
`);

/** Data sources, integrations in and out, covering contracts, projects and lifecycle conflicts. */
export function SystemRelations({ usage: ref }: { usage: FragmentType<typeof SystemRelations_usage> }) {
  const usage = getFragmentData(SystemRelations_usage, ref);
  const dataSources = getFragmentData(SystemRelations_dataSource, usage.dataSources);
  const integrationsOut = getFragmentData(SystemRelations_integration, usage.integrationsOut);
  const integrationsIn = getFragmentData(SystemRelations_integration, usage.integrationsIn);
  const { t } = useTranslation(['systems', 'dataSources']);
  const { formatKr, formatDate } = useFormatters();
  const systemLink = (id: string, name: string) => (
    <Anchor component={Link} to={`/systemer/${id}`}>
      {name}
    </Anchor>
  );
  const interfaceLink = (id: string | null, name: string | null) =>
    id && name ? (
      <Anchor component={Link} to={`/snitflader/${id}`}>
        {name}
      </Anchor>
    ) : (
      (name ?? '')
    );
  return (
    <>
      <SectionTable
        id="system-data-sources"
        title={t('detail.dataSources')}
        empty={t('detail.noDataSources')}
        headers={[
          t('detail.dataSource'),
          t('detail.kind'),
          t('detail.channel'),
          t('detail.access'),
          t('columns.yearlyCost'),
          t('detail.authoritative'),
        ]}
        rows={dataSources.map((e) => ({
          key: e.id,
          cells: [
            <DataSourceLink key="d" id={e.dataSourceId}>
              {e.dataSourceName}
            </DataSourceLink>,
            t(`dataSources:kind.${e.dataSourceKind}`),
            t(`dataSources:channel.${e.channel}`),
            t(`dataSources:access.${e.access}`),
            formatKr(e.yearlyCost),
            e.authoritative ? t('detail.authoritativeYes') : t('detail.authoritativeCopy'),
          ],
        }))}
      />
      <SectionTable
        id="system-integrations-out"
        title={t('detail.integrationsOut')}
        empty={t('detail.noIntegrations')}
        headers={[t('detail.toSystem'), t('detail.interface'), t('detail.data'), t('detail.direction')]}
        rows={integrationsOut.map((i) => ({
          key: i.id,
          cells: [
            systemLink(i.toUsageId, i.toUsageName),
            interfaceLink(i.interfaceId, i.interfaceName),
            i.data,
            t(`detail.directionValue.${i.direction}`),
          ],
        }))}
      />
      <SectionTable
        id="system-integrations-in"
        title={t('detail.integrationsIn')}
        empty={t('detail.noIntegrations')}
        headers={[t('detail.fromSystem'), t('detail.interface'), t('detail.data'), t('detail.direction')]}
        rows={integrationsIn.map((i) => ({
          key: i.id,
          cells: [
            systemLink(i.fromUsageId, i.fromUsageName),
            interfaceLink(i.interfaceId, i.interfaceName),
            i.data,
            t(`detail.directionValue.${i.direction}`),
          ],
        }))}
      />
      <SectionTable
        id="system-contracts"
        title={t('detail.contracts')}
        empty={t('detail.noContracts')}
        headers={[
          t('detail.contract'),
          t('detail.validity'),
          t('detail.effectiveEnd'),
          t('detail.noticeDate'),
        ]}
        rows={usage.coveringContracts.map((c) => ({
          key: c.id,
          cells: [
            c.name,
            t(`detail.validityValue.${c.validity}`, { defaultValue: c.validity }),
            formatDate(c.effectiveEnd),
            formatDate(c.noticeDate),
          ],
        }))}
      />
      <SectionTable
        id="system-projects"
        title={t('detail.projects')}
        empty={t('detail.noProjects')}
        headers={[t('detail.project')]}
        rows={usage.projects.map((p) => ({ key: p.id, cells: [p.name] }))}
      />
      <SectionTable
        id="system-conflicts"
        title={t('detail.conflicts')}
        empty={t('detail.noConflicts')}
        headers={[t('detail.dependency'), t('detail.reason'), t('detail.dependencyEnd')]}
        rows={usage.lifecycleConflicts.map((c) => ({
          key: c.dependencyId,
          cells: [c.dependencyName, t(`detail.reasonValue.${c.reason}`), formatDate(c.dependencyEnd)],
        }))}
      />
    </>
  );
}
