import { Alert, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useViewer } from '../app/useViewer';
import { ApiTokensPanel } from '../features/admin/components/ApiTokensPanel';
import { AuditLogPanel } from '../features/admin/components/AuditLogPanel';
import { CapabilitiesPanel } from '../features/admin/components/CapabilitiesPanel';
import { CollaborationsPanel } from '../features/admin/components/CollaborationsPanel';
import { CreateOrganisationForm } from '../features/admin/components/CreateOrganisationForm';
import { InstallationOrganisationsList } from '../features/admin/components/InstallationOrganisationsList';
import { MembersPanel } from '../features/admin/components/MembersPanel';
import { OrganisationExportPanel } from '../features/admin/components/OrganisationExportPanel';
import { RestoreOrganisationForm } from '../features/admin/components/RestoreOrganisationForm';
import { SettingsPanel } from '../features/admin/components/SettingsPanel';
import { SignInPanel } from '../features/admin/components/SignInPanel';
import { UnitsPanel } from '../features/admin/components/UnitsPanel';
import { useIsAdministrator } from '../features/admin/hooks/useIsAdministrator';
import { KitosImportPanel } from '../features/import/components/KitosImportPanel';
import { KitosSyncPanel } from '../features/import/components/KitosSyncPanel';
import { PageHeader } from '../ui/PageHeader';

const TABS = [
  'members',
  'units',
  'capabilities',
  'collaborations',
  'settings',
  'tokens',
  'signIn',
  'log',
  'import',
  'kitos',
  'export',
  'organisations',
] as const;
type AdminTab = (typeof TABS)[number];
/** Settings, sign-in, API tokens, the audit log, import and export are for administrators alone (the API refuses others too); the others show read-only to every member. */
const ADMIN_ONLY: readonly AdminTab[] = ['settings', 'signIn', 'tokens', 'log', 'import', 'kitos', 'export'];

/** Members, units, the capability taxonomy, collaborations and (administrators) the organisation settings and audit log. */
export function AdminPage() {
  const { t } = useTranslation('admin');
  const { organisation, viewer } = useViewer();
  const canEdit = useIsAdministrator();
  // The tab lives in the address, so it survives a reload and can be linked to.
  const [params, setParams] = useSearchParams();
  // Creating organisations is for installation administrators only, a level above this organisation's.
  const tabs = TABS.filter(
    (key) => (canEdit || !ADMIN_ONLY.includes(key)) && (key !== 'organisations' || viewer?.installationAdmin),
  );
  const isTab = (value: string | null): value is AdminTab => tabs.includes(value as AdminTab);
  const tabParam = params.get('tab');
  const tab: AdminTab = isTab(tabParam) ? tabParam : 'members';
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
        {canEdit && (
          <Tabs.Panel value="settings">
            <SettingsPanel />
          </Tabs.Panel>
        )}
        {canEdit && (
          <Tabs.Panel value="tokens">
            <ApiTokensPanel organisationName={organisationName} />
          </Tabs.Panel>
        )}
        {canEdit && (
          <Tabs.Panel value="signIn">
            <SignInPanel />
          </Tabs.Panel>
        )}
        {canEdit && (
          <Tabs.Panel value="log">
            <AuditLogPanel />
          </Tabs.Panel>
        )}
        {canEdit && (
          <Tabs.Panel value="import">
            <KitosImportPanel />
          </Tabs.Panel>
        )}
        {canEdit && (
          <Tabs.Panel value="kitos">
            <KitosSyncPanel />
          </Tabs.Panel>
        )}
        {canEdit && organisation && (
          <Tabs.Panel value="export">
            <OrganisationExportPanel organisationId={organisation.id} organisationName={organisationName} />
          </Tabs.Panel>
        )}
        {viewer?.installationAdmin && (
          <Tabs.Panel value="organisations">
            <Stack gap="xl">
              <InstallationOrganisationsList />
              <CreateOrganisationForm />
              <RestoreOrganisationForm />
            </Stack>
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
