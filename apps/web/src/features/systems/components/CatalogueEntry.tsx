import { Anchor, Button, Group, Modal, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { CatalogueEntryForm } from './CatalogueEntryForm';

export const CatalogueEntry_system = graphql(`
  fragment CatalogueEntry_system on ItSystem {
    id
    name
    formerName
    description
    businessType
    canEdit
    supplier {
      id
      name
    }
    parentSystem {
      id
      name
    }
    childSystems {
      id
      name
    }
  }
`);

export const CatalogueEntry_usage = graphql(`
  fragment CatalogueEntry_usage on SystemUsage {
    id
    system {
      id
      ...CatalogueEntry_system
      ...CatalogueEntryForm_system
    }
  }
`);

/**
 * The catalogue entry behind a usage (KITOS IT-System): what every organisation using the system
 * shares. Those the API allows (`canEdit`) edit it in a dialog.
 */
export function CatalogueEntry({ usage: ref }: { usage: FragmentType<typeof CatalogueEntry_usage> }) {
  const usage = getFragmentData(CatalogueEntry_usage, ref);
  const system = getFragmentData(CatalogueEntry_system, usage.system);
  const { t } = useTranslation(['systems', 'common']);
  const [editing, setEditing] = useState(false);
  const notSet = t('common:notSet');
  const facts: { key: string; label: string; value: ReactNode }[] = [
    { key: 'name', label: t('catalogue.name'), value: system.name },
    { key: 'formerName', label: t('catalogue.formerName'), value: system.formerName || notSet },
    {
      key: 'supplier',
      label: t('catalogue.supplier'),
      value: system.supplier ? (
        <Anchor component={Link} to={`/leverandoerer/${system.supplier.id}`}>
          {system.supplier.name}
        </Anchor>
      ) : (
        notSet
      ),
    },
    {
      key: 'businessType',
      label: t('catalogue.businessType'),
      value: system.businessType ? t(`catalogue.businessTypes.${system.businessType}`) : notSet,
    },
    { key: 'parent', label: t('catalogue.parentSystem'), value: system.parentSystem?.name ?? notSet },
    {
      key: 'children',
      label: t('catalogue.childSystems'),
      value: system.childSystems.map((c) => c.name).join(', ') || notSet,
    },
    { key: 'description', label: t('catalogue.descriptionLabel'), value: system.description || notSet },
  ];
  return (
    <section aria-labelledby="catalogue-entry">
      <Group justify="space-between" align="flex-end" mb="sm">
        <div>
          <Title order={2} size="h3" id="catalogue-entry">
            {t('catalogue.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('catalogue.description')} {t('catalogue.whoMayEdit')}
          </Text>
        </div>
        {system.canEdit && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('catalogue.edit')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md">
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" m={0}>
          {facts.map((fact) => (
            <div key={fact.key}>
              <Text component="dt" size="sm" c="dimmed">
                {fact.label}
              </Text>
              <Text component="dd" m={0}>
                {fact.value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      </Paper>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title={t('catalogue.formTitle')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('dialogClose') }}
      >
        <CatalogueEntryForm system={usage.system} onDone={() => setEditing(false)} />
      </Modal>
    </section>
  );
}
