import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MaturityQuery } from '../../../gql/graphql';
import { useCriterionValue } from './MaturitySteps';

type Maturity = MaturityQuery['maturity'];

/** What the organisation lacks to reach the next step, criterion by criterion. */
export function MissingForNext({ maturity }: { maturity: Maturity }) {
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
