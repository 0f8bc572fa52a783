import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS = { GREEN: 'green', AMBER: 'yellow', RED: 'red' } as const;

/** A RAG status as colour AND text, so it never depends on colour alone. */
export function RagBadge({ rag }: { rag: 'GREEN' | 'AMBER' | 'RED' }) {
  const { t } = useTranslation('portfolio');
  return (
    <Badge color={COLOURS[rag]} variant="light" autoContrast>
      {t(`rag.${rag}`)}
    </Badge>
  );
}
