import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CONTRACT_STATUS_COLOURS,
  DATA_SOURCE_COLOURS,
  INFRASTRUCTURE_COLOUR,
  LIFECYCLE_COLOURS,
  type ColourMode,
} from '../landscape-colours';
import type { LandscapeNode } from '../landscape-model';

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

export interface LandscapeLegendProps {
  mode: ColourMode;
  /** Unit id → colour, for the unit mode. */
  units: ReadonlyMap<string, string>;
  nodes: readonly LandscapeNode[];
}

/** What the colours and shapes mean for the chosen colour mode; every entry is named in text. */
export function LandscapeLegend({ mode, units, nodes }: LandscapeLegendProps) {
  const { t } = useTranslation(['landscape', 'systems', 'dataSources']);
  const unitName = new Map(nodes.map((n) => [n.unitId ?? 'none', n.unitName ?? t('impact.noUnit')]));
  const systemEntries =
    mode === 'unit'
      ? [...units].map(([id, colour]) => ({ key: `unit-${id}`, colour, label: unitName.get(id) ?? id }))
      : mode === 'contract'
        ? Object.entries(CONTRACT_STATUS_COLOURS).map(([key, colour]) => ({
            key,
            colour,
            label: t(`contractStatus.${key as 'ACTIVE'}`),
          }))
        : Object.entries(LIFECYCLE_COLOURS).map(([key, colour]) => ({
            key,
            colour,
            label: t(`systems:lifecycle.${key as keyof typeof LIFECYCLE_COLOURS}`),
          }));
  const items = [
    ...systemEntries.map((entry) => ({
      ...entry,
      shape: 'circle' as const,
      label: `${t('legend.system')}: ${entry.label}`,
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
