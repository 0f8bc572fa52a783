import { Alert, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useViewer } from '../app/useViewer';
import { CapabilitiesPanel } from '../features/admin/components/CapabilitiesPanel';
import { CollaborationsPanel } from '../features/admin/components/CollaborationsPanel';
import { CreateOrganisationForm } from '../features/admin/components/CreateOrganisationForm';
import { MembersPanel } from '../features/admin/components/MembersPanel';
import { UnitsPanel } from '../features/admin/components/UnitsPanel';
import { useIsAdministrator } from '../features/admin/hooks/useIsAdministrator';
import { PageHeader } from '../ui/PageHeader';

const TABS = ['members', 'units', 'capabilities', 'collaborations', 'organisations'] as const;
type AdminTab = (typeof TABS)[number];
const isTab = (value: string | null): value is AdminTab => TABS.includes(value as AdminTab);

/** Members, units, the capability taxonomy and collaborations; only administrators get the edit controls. */
export function AdminPage() {
  const { t } = useTranslation('admin');
  const { organisation, viewer } = useViewer();
  const canEdit = useIsAdministrator();
  // Creating organisations is for installation administrators only, a level above this organisation's.
  const tabs = TABS.filter((key) => key !== 'organisations' || viewer?.installationAdmin);
  // The tab lives in the address, so it survives a reload and can be linked to.
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  const tab: AdminTab = isTab(tabParam) && tabs.includes(tabParam) ? tabParam : 'members';
  const organisationName = organisation?.name ?? '';

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {!canEdit && (
        <Alert color="blue" mb="md">
          {t('readOnly')}
        </Alert>
      )}
      <Tabs
        keepMounted={false}
        value={tab}
        onChange={(value) => isTab(value) && setParams({ tab: value }, { replace: true })}
      >
        <Tabs.List aria-label={t('tabs.label')} mb="lg">
          {tabs.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {t(`tabs.${key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="members">
          <MembersPanel organisationName={organisationName} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="units">
          <UnitsPanel organisationName={organisationName} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="capabilities">
          <CapabilitiesPanel organisationName={organisationName} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="collaborations">
          <CollaborationsPanel />
        </Tabs.Panel>
        {viewer?.installationAdmin && (
          <Tabs.Panel value="organisations">
            <CreateOrganisationForm />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
