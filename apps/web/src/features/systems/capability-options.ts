import { capabilityPath, type CapabilityNode } from '@overblik/domain';

/**
 * Choices for linking a usage to capabilities: active ones, labelled with their path so "Kommunikation ›
 * SMS" reads unambiguously, plus archived ones the usage already has (so saving does not drop them silently).
 */
export function capabilityOptions(nodes: readonly CapabilityNode[], selected: readonly string[]) {
  return nodes
    .filter((n) => !n.archived || selected.includes(n.id))
    .map((n) => ({ value: n.id, label: capabilityPath(nodes, n.id).join(' › ') }))
    .sort((a, b) => a.label.localeCompare(b.label, 'da'));
}
