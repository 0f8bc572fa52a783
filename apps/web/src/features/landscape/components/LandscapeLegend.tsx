import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DATA_SOURCE_COLOURS, INFRASTRUCTURE_COLOUR, LIFECYCLE_COLOURS } from '../landscape-colours';

const Swatch = ({ colour, shape }: { colour: string; shape: 'circle' | 'diamond' | 'hex' }) => (
  <Box
    aria-hidden
    w={12}
    h={12}
    style={{
      background: colour,
      borderRadius: shape === 'circle' ? 3 : 0,
      transform: shape === 'diamond' ? 'rotate(45deg)' : undefined,
      clipPath: shape === 'hex' ? 'polygon(25% 0,75% 0,100% 50%,75% 100%,25% 100%,0 50%)' : undefined,
    }}
  />
);

/** What the colours and shapes mean; every entry is named in text. */
export function LandscapeLegend() {
  const { t } = useTranslation(['landscape', 'systems', 'dataSources']);
  const items = [
    ...Object.entries(LIFECYCLE_COLOURS).map(([key, colour]) => ({
      key,
      colour,
      shape: 'circle' as const,
      label: `${t('legend.system')}: ${t(`systems:lifecycle.${key as keyof typeof LIFECYCLE_COLOURS}`)}`,
    })),
    ...Object.entries(DATA_SOURCE_COLOURS).map(([key, colour]) => ({
      key,
      colour,
      shape: 'diamond' as const,
      label: t(`dataSources:kind.${key as keyof typeof DATA_SOURCE_COLOURS}`),
    })),
    { key: 'infra', colour: INFRASTRUCTURE_COLOUR, shape: 'hex' as const, label: t('legend.infrastructure') },
  ];
  return (
    <Box component="section" aria-label={t('legend.title')}>
      <Group gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item) => (
          <Group key={item.key} gap={6} component="li">
            <Swatch colour={item.colour} shape={item.shape} />
            <Text size="sm">{item.label}</Text>
          </Group>
        ))}
        <Group gap={6} component="li">
          <Box aria-hidden w={12} h={12} style={{ border: '2px dashed #fa5252', borderRadius: 6 }} />
          <Text size="sm">{t('legend.conflict')}</Text>
        </Group>
      </Group>
    </Box>
  );
}
