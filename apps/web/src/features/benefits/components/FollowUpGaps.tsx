import { Anchor, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { FollowUpGaps_GapsFragment } from '../../../gql/graphql';
import classes from './dashboard.module.css';

export const FollowUpGaps_gaps = graphql(`
  fragment FollowUpGaps_gaps on BenefitFollowUpGaps {
    projectsWithoutBenefits {
      id
      name
    }
    benefitsWithoutOwner {
      id
      title
      projectName
    }
    benefitsWithoutMeasurements {
      id
      title
      projectName
    }
    overdueBenefits {
      id
      title
      projectName
    }
  }
`);

type Gaps = FollowUpGaps_GapsFragment;
type BenefitGap = Gaps['benefitsWithoutOwner'][number];

const BENEFIT_GAPS = ['benefitsWithoutOwner', 'benefitsWithoutMeasurements', 'overdueBenefits'] as const;

/** "Business cases without follow-up": what the board should chase, each linked to its benefit. */
export function FollowUpGaps({
  gaps: ref,
  onProject,
}: {
  gaps: FragmentType<typeof FollowUpGaps_gaps>;
  onProject(id: string): void;
}) {
  const gaps = getFragmentData(FollowUpGaps_gaps, ref);
  const { t } = useTranslation('benefits');
  const headingId = useId();
  const benefitList = (items: BenefitGap[]) => (
    <List size="sm" spacing={4}>
      {items.map((b) => (
        <List.Item key={b.id}>
          <Anchor component={Link} to={`/gevinster/${b.id}`}>
            {b.title}
          </Anchor>
          {b.projectName && <Text span c="dimmed" size="sm">{` – ${b.projectName}`}</Text>}
        </List.Item>
      ))}
    </List>
  );
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm" className={classes.section}>
      <Title order={2} id={headingId} size="h3">
        {t('gaps.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" className={classes.gapGrid}>
        <div>
          <Title order={3} size="h4">
            {t('gaps.projectsWithoutBenefits', { count: gaps.projectsWithoutBenefits.length })}
          </Title>
          {gaps.projectsWithoutBenefits.length === 0 ? (
            <Text size="sm">{t('gaps.none')}</Text>
          ) : (
            <List size="sm" spacing={4}>
              {gaps.projectsWithoutBenefits.map((p) => (
                <List.Item key={p.id}>
                  <Anchor component="button" type="button" onClick={() => onProject(p.id)}>
                    {p.name}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
        </div>
        {BENEFIT_GAPS.map((key) => (
          <div key={key}>
            <Title order={3} size="h4">
              {t(`gaps.${key}`, { count: gaps[key].length })}
            </Title>
            {gaps[key].length === 0 ? <Text size="sm">{t('gaps.none')}</Text> : benefitList(gaps[key])}
          </div>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
