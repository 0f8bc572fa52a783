import type { Locale } from '../../shared/messages';
import type { CoveredLandscape } from './retender-proposal.repository';

const words = {
  da: {
    name: 'Genudbud: {contract}',
    problem:
      'Kontrakten »{contract}« ({supplier}) skal genudbydes. Beslutning om genudbud senest {decision}; kontrakten udløber {end}.',
    noDate: 'ukendt',
    noSupplier: 'ukendt leverandør',
    heading: '## Systemer omfattet af kontrakten',
    none: 'Kontrakten dækker ingen registrerede systemer.',
    dataSources: 'Datakilder',
    integrations: 'Integrationer',
    noneShort: 'ingen',
    to: 'til',
    from: 'fra',
  },
  en: {
    name: 'Re-tender: {contract}',
    problem:
      'The contract "{contract}" ({supplier}) must be re-tendered. Decide on the re-tender by {decision}; the contract ends {end}.',
    noDate: 'unknown',
    noSupplier: 'unknown supplier',
    heading: '## Systems covered by the contract',
    none: 'The contract covers no registered systems.',
    dataSources: 'Data sources',
    integrations: 'Integrations',
    noneShort: 'none',
    to: 'to',
    from: 'from',
  },
} as const;

const ACCESS = {
  da: { READ: 'læser', WRITE: 'skriver', READ_WRITE: 'læser og skriver' },
  en: { READ: 'reads', WRITE: 'writes', READ_WRITE: 'reads and writes' },
} as const;

const CHANNEL = {
  da: {
    SERVICEPLATFORMEN: 'Serviceplatformen',
    DATAFORDELEREN: 'Datafordeleren',
    DIRECT: 'direkte',
    FILE_TRANSFER: 'filoverførsel',
    OTHER: 'andet',
  },
  en: {
    SERVICEPLATFORMEN: 'Serviceplatformen',
    DATAFORDELEREN: 'Datafordeleren',
    DIRECT: 'direct',
    FILE_TRANSFER: 'file transfer',
    OTHER: 'other',
  },
} as const;

const formatDate = (locale: Locale, iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
        dateStyle: 'long',
        timeZone: 'UTC',
      }).format(new Date(`${iso}T00:00:00Z`))
    : words[locale].noDate;

const nameOf = (u: { localName: string | null; system: { name: string } }) => u.localName ?? u.system.name;

export function retenderTexts(
  locale: Locale,
  contract: {
    name: string;
    supplierName: string | null;
    decisionDate: string | null;
    currentEnd: string | null;
  },
  landscape: CoveredLandscape,
) {
  const w = words[locale];
  const problem = w.problem
    .replace('{contract}', contract.name)
    .replace('{supplier}', contract.supplierName ?? w.noSupplier)
    .replace('{decision}', formatDate(locale, contract.decisionDate))
    .replace('{end}', formatDate(locale, contract.currentEnd));
  // Markdown, because the proposal's text fields are rendered as markdown.
  const systems = landscape.map((u) => {
    const sources = u.dataSources.map(
      (d) => `${d.dataSource.name} (${ACCESS[locale][d.access]}, ${CHANNEL[locale][d.channel]})`,
    );
    const integrations = [
      ...u.integrationsOut.map((i) => `${w.to} ${nameOf(i.toUsage)}${i.data ? `: ${i.data}` : ''}`),
      ...u.integrationsIn.map((i) => `${w.from} ${nameOf(i.fromUsage)}${i.data ? `: ${i.data}` : ''}`),
    ];
    return [
      `### ${nameOf(u)}`,
      `- ${w.dataSources}: ${sources.length ? sources.join('; ') : w.noneShort}`,
      `- ${w.integrations}: ${integrations.length ? integrations.join('; ') : w.noneShort}`,
    ].join('\n');
  });
  const asIs = [w.heading, ...(systems.length ? systems : [w.none])].join('\n\n');
  return { name: w.name.replace('{contract}', contract.name).slice(0, 200), problem, asIs };
}
