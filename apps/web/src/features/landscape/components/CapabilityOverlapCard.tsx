import { Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useFormatters } from '../../../ui/useFormatters';

export const CapabilityOverlapCard_overlap = graphql(`
  fragment CapabilityOverlapCard_overlap on CapabilityOverlapView {
    capabilityId
    capability
    combinedYearlyCost
    usages {
      usageId
      name
      yearlyCost
    }
    consolidations {
      survivorUsageId
      yearlySaving
      migrationCost
      fullSavingFrom
      horizonEnd
      netSaving
      retired {
        usageId
        name
        yearlyCost
        migrationCost
        savingFrom
        savedWithinHorizon
      }
    }
  }
`);

export interface CapabilityOverlapCardProps {
  overlap: FragmentType<typeof CapabilityOverlapCard_overlap>;
  horizonMonths: number;
  /** Absent for readers: they see the numbers but cannot accept. */
  onAccept?: (overlap: { capabilityId: string; capability: string; usageIds: string[] }) => void;
}

/**
 * One capability served by several systems. The user picks the system to keep; only then is the net
 * saving shown, so the cheapest system is never silently presented as the answer.
 */
export function CapabilityOverlapCard({ overlap: ref, horizonMonths, onAccept }: CapabilityOverlapCardProps) {
  const { t } = useTranslation('landscape');
  const { formatKr, formatDate } = useFormatters();
  const overlap = getFragmentData(CapabilityOverlapCard_overlap, ref);
  const [survivor, setSurvivor] = useState<string | null>(null);
  const plan = overlap.consolidations.find((c) => c.survivorUsageId === survivor);
  const headingId = `overlap-${overlap.capabilityId}`;

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4" id={headingId}>
            {overlap.capability}
          </Title>
          <Text size="sm">
            {t('overlap.combinedValue', { amount: formatKr(overlap.combinedYearlyCost) })}
          </Text>
        </Group>
        <Text size="sm">{overlap.usages.map((u) => `${u.name} (${formatKr(u.yearlyCost)})`).join(', ')}</Text>
        <Select
          label={t('overlap.survivor')}
          placeholder={t('overlap.chooseSurvivor')}
          data={overlap.usages.map((u) => ({ value: u.usageId, label: u.name }))}
          value={survivor}
          clearable
          onChange={setSurvivor}
        />
        {plan ? (
          <>
            <Text fw={600} c={plan.netSaving < 0 ? 'red.9' : undefined}>
              {t('overlap.netSaving', { amount: formatKr(plan.netSaving), years: horizonMonths / 12 })}
            </Text>
            <Table>
              <Table.Caption>{t('overlap.retiredCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('overlap.retired')}</Table.Th>
                  <Table.Th scope="col">{t('overlap.yearly')}</Table.Th>
                  <Table.Th scope="col">{t('overlap.migrationCost')}</Table.Th>
                  <Table.Th scope="col">{t('overlap.savingFrom')}</Table.Th>
                  <Table.Th scope="col">{t('overlap.savedWithin', { years: horizonMonths / 12 })}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.retired.map((r) => (
                  <Table.Tr key={r.usageId}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{formatKr(r.yearlyCost)}</Table.Td>
                    <Table.Td>{formatKr(r.migrationCost)}</Table.Td>
                    <Table.Td>
                      {r.savingFrom ? formatDate(r.savingFrom) : t('overlap.noContractEnd')}
                    </Table.Td>
                    <Table.Td>{formatKr(r.savedWithinHorizon)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('overlap.chooseSurvivorHint')}
          </Text>
        )}
        {onAccept && (
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() =>
                onAccept({
                  capabilityId: overlap.capabilityId,
                  capability: overlap.capability,
                  usageIds: overlap.usages.map((u) => u.usageId),
                })
              }
            >
              {t('overlap.accept')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
