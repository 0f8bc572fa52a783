import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A record page's two tabs: everything about the record, and its change history (who changed
 * what, when). The history is read only when its tab opens.
 */
export function RecordTabs({ children, history }: { children: ReactNode; history: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="overview" keepMounted={false}>
      <Tabs.List mb="md">
        <Tabs.Tab value="overview">{t('recordTabs.overview')}</Tabs.Tab>
        <Tabs.Tab value="history">{t('recordTabs.history')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="overview">{children}</Tabs.Panel>
      <Tabs.Panel value="history">{history}</Tabs.Panel>
    </Tabs>
  );
}
