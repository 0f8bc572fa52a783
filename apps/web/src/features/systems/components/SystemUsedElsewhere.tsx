import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const SystemUsedElsewhere_usage = graphql(`
  fragment SystemUsedElsewhere_usage on SystemUsage {
    id
    usedElsewhere {
      lifecycle
      organisation {
        id
        name
      }
    }
  }
`);

/** Collaboration partners using the same catalogue system, as far as they share their system usages. */
export function SystemUsedElsewhere({
  usage: ref,
}: {
  usage: FragmentType<typeof SystemUsedElsewhere_usage>;
}) {
  const usage = getFragmentData(SystemUsedElsewhere_usage, ref);
  const { t } = useTranslation('systems');
  return (
    <section aria-labelledby="system-used-elsewhere">
      <Title order={2} size="h3" id="system-used-elsewhere" mb="sm">
        {t('detail.usedElsewhere')}
      </Title>
      {usage.usedElsewhere.length ? (
        <List>
          {usage.usedElsewhere.map((u) => (
            <List.Item key={u.organisation.id}>
              {u.organisation.name} ({t(`lifecycle.${u.lifecycle}`)})
            </List.Item>
          ))}
        </List>
      ) : (
        <Text c="dimmed">{t('detail.notUsedElsewhere')}</Text>
      )}
    </section>
  );
}
