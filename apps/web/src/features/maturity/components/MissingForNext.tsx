import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useCriterionValue } from './MaturitySteps';

export const MissingForNext_maturity = graphql(`
  fragment MissingForNext_maturity on Maturity {
    achievedStep
    missingForNext {
      key
      name
      status
      value
      threshold
      gap
    }
  }
`);

/** What the organisation lacks to reach the next step, criterion by criterion. */
export function MissingForNext({
  maturity: ref,
}: {
  maturity: FragmentType<typeof MissingForNext_maturity>;
}) {
  const maturity = getFragmentData(MissingForNext_maturity, ref);
  const { t } = useTranslation('maturity');
  const format = useCriterionValue();
  const next = maturity.achievedStep + 1;
  if (maturity.missingForNext.length === 0) {
    return (
      <Alert color="green" title={t('missing.titleDone')}>
        {t('missing.done')}
      </Alert>
    );
  }
  return (
    <Alert color="orange" title={t('missing.title', { step: next })}>
      <List size="sm" spacing={4}>
        {maturity.missingForNext.map((c) => (
          <List.Item key={c.key}>
            {t('missing.item', { name: c.name, value: format.value(c), threshold: format.threshold(c) })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
