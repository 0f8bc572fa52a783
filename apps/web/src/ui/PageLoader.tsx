import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Full-area loading indicator, announced to screen readers. */
export function PageLoader({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center mih="50vh" role="status" aria-label={label ?? t('loading')}>
      <Loader aria-hidden />
    </Center>
  );
}
