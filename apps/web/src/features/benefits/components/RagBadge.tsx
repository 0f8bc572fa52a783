import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VarianceRag } from '../../../gql/graphql';

// autoContrast picks dark text on amber and white on the dark shades (WCAG AA); the word is always
// shown, never colour alone.
const COLORS: Record<VarianceRag, string> = { GREEN: '#1b6e33', AMBER: '#ffd43b', RED: '#b02525' };

export function RagBadge({ rag, size = 'md' }: { rag: VarianceRag | null | undefined; size?: string }) {
  const { t } = useTranslation('benefits');
  if (!rag) return <>{t('rag.none')}</>;
  return (
    <Badge color={COLORS[rag]} size={size} variant="filled" autoContrast>
      {t(`rag.${rag}`)}
    </Badge>
  );
}
