import { Anchor, Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';

export const ProjectDependencies_project = graphql(`
  fragment ProjectDependencies_project on Project {
    id
    dependsOn {
      id
      name
    }
    dependencyOf {
      id
      name
    }
  }
`);

/** The projects this one needs first, and the ones that wait for it. */
export function ProjectDependencies({
  project: ref,
}: {
  project: FragmentType<typeof ProjectDependencies_project>;
}) {
  const project = getFragmentData(ProjectDependencies_project, ref);
  const { t } = useTranslation('portfolio');
  const list = (label: string, projects: { id: string; name: string }[]) => (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {projects.length ? (
        <List size="sm" aria-label={label}>
          {projects.map((p) => (
            <List.Item key={p.id}>
              <Anchor component={Link} to={`/portefolje/projekter/${p.id}`}>
                {p.name}
              </Anchor>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text>{t('dependencies.none')}</Text>
      )}
    </div>
  );
  return (
    <Card withBorder component="section" aria-labelledby="dependencies-title">
      <Title order={2} size="h3" id="dependencies-title" mb="xs">
        {t('dependencies.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {list(t('dependencies.dependsOn'), project.dependsOn)}
        {list(t('dependencies.dependencyOf'), project.dependencyOf)}
      </SimpleGrid>
    </Card>
  );
}
