import type { Direction } from '@prisma/client';
import type { CatalogueIds, Landscape } from './demo-landscape';
import type { MunicipalityIds } from './demo-organisations';
import { INTEGRATION_PAYLOADS } from './demo-payloads';
import type { SeedContext } from './seed-writer';

/**
 * Typical system-to-system flows in a municipality: fagsystemer journalise to the ESDH, post to
 * the finance system, feed the (several!) management-information systems and send through the
 * (several!) SMS solutions. Kept as one list of [from, to, interface, data, direction, frequency]
 * so the landscape graph and the impact analysis have realistic chains to walk.
 */
type Rule = [from: string, to: string, itf: string | null, data: string, dir: Direction, freq: string];

const J = 'Journalnotater og dokumenter';
const P = 'Posteringer';
// prettier-ignore
const RULES: readonly Rule[] = [
  ...['boernunge', 'voksen', 'jobcenter', 'byggesag', 'miljo', 'selvbetj', 'ydelse', 'sygedp', 'integration', 'ppr', 'scanning', 'hr', 'kvalitet']
    .map((k): Rule => [k, 'esdh', 'journal', J, 'ONE_WAY', 'Løbende']),
  ['politik', 'esdh', 'journal', 'Dagsordenspunkter og beslutninger', 'BIDIRECTIONAL', 'Løbende'],
  ...['lon', 'ydelse', 'opkraev', 'ejdskat', 'dagtilbud', 'affald', 'efaktura', 'indkob', 'parkering', 'hjaelpem', 'ejendom', 'forening', 'bibliotek']
    .map((k): Rule => [k, 'okonomi', 'postering', P, 'ONE_WAY', 'Dagligt']),
  ['sygedp', 'okonomi', 'udbetaling', 'Udbetalinger af sygedagpenge', 'ONE_WAY', 'Dagligt'],
  ['pension', 'okonomi', 'udbetaling', 'Udbetalinger af personligt tillæg', 'ONE_WAY', 'Månedligt'],
  ['okonomi', 'lis-a', 'etl', 'Regnskab og budget', 'ONE_WAY', 'Dagligt'],
  ['lon', 'lis-a', 'etl', 'Lønudgifter og sygefravær', 'ONE_WAY', 'Månedligt'],
  ['ydelse', 'lis-a', 'ydelse-udtraek', 'Ydelser og udbetalinger', 'ONE_WAY', 'Dagligt'],
  ['jobcenter', 'lis-a', 'job-udtraek', 'Forløb og målgrupper', 'ONE_WAY', 'Ugentligt'],
  ['sygedp', 'lis-a', 'etl', 'Sygedagpengeforløb', 'ONE_WAY', 'Ugentligt'],
  ['dagtilbud', 'lis-b', 'plads', 'Pladser og ventelister', 'ONE_WAY', 'Dagligt'],
  ['elevadm', 'lis-b', null, 'Elevtal og fravær', 'ONE_WAY', 'Ugentligt'],
  ['omsorg', 'lis-b', 'omsorg-udtraek', 'Visiterede og leverede timer', 'ONE_WAY', 'Dagligt'],
  ['omsorg', 'lis-c', 'omsorg-udtraek', 'Visiterede og leverede timer', 'ONE_WAY', 'Dagligt'],
  ['vagtplan', 'lis-c', null, 'Vagter og fravær', 'ONE_WAY', 'Dagligt'],
  ['tidsbestil', 'sms-a', 'sms-api', 'Påmindelser om tider', 'ONE_WAY', 'Løbende'],
  ['booking', 'sms-a', 'sms-api', 'Bekræftelser på bookinger', 'ONE_WAY', 'Løbende'],
  ['omsorg', 'sms-a', 'sms-api', 'Besøgsændringer til borgere', 'ONE_WAY', 'Løbende'],
  ['selvbetj', 'sms-a', 'sms-api', 'Kvitteringer', 'ONE_WAY', 'Løbende'],
  ['tandpleje', 'sms-b', 'sms-smtp', 'Indkaldelser', 'ONE_WAY', 'Løbende'],
  ['traening', 'sms-b', 'sms-smtp', 'Påmindelser om træning', 'ONE_WAY', 'Løbende'],
  ['jobcenter', 'sms-c', null, 'Mødeindkaldelser', 'ONE_WAY', 'Løbende'],
  ['dagtilbud', 'sms-c', null, 'Beskeder til forældre', 'ONE_WAY', 'Løbende'],
  ['lon', 'adgang', 'medarbejder', 'Medarbejdere og stillinger', 'ONE_WAY', 'Dagligt'],
  ['lon', 'vagtplan', 'medarbejder', 'Medarbejdere og normeringer', 'ONE_WAY', 'Dagligt'],
  ['tidsreg', 'lon', null, 'Registreret tid og tillæg', 'ONE_WAY', 'Månedligt'],
  ['vagtplan', 'lon', null, 'Vagttillæg og overarbejde', 'ONE_WAY', 'Månedligt'],
  ['hr', 'lon', null, 'Nyansættelser', 'ONE_WAY', 'Dagligt'],
  ...['office', 'intranet', 'esdh', 'omsorg', 'servicedesk', 'jobcenter']
    .map((k): Rule => ['adgang', k, 'scim', 'Brugere og rettigheder', 'ONE_WAY', 'Løbende']),
  ...['byggesag', 'plan', 'miljo', 'vej', 'affald', 'beredskab', 'ejendom']
    .map((k): Rule => ['gis', k, 'kort', 'Kortlag og geometrier', 'BIDIRECTIONAL', 'Løbende']),
  ...['byggesag', 'dagtilbud', 'affald', 'jobcenter']
    .map((k): Rule => ['selvbetj', k, 'ansoegning', 'Ansøgninger og bilag', 'ONE_WAY', 'Løbende']),
  ...['esdh', 'ydelse', 'opkraev', 'boernunge', 'dagtilbud', 'byggesag']
    .map((k): Rule => [k, 'digitalpost', 'dp-afsend', 'Breve til borgere', 'ONE_WAY', 'Løbende']),
  ['politik', 'web', 'dagsorden', 'Dagsordener og referater', 'ONE_WAY', 'Ved møder'],
  ['elevadm', 'skoleplatform', null, 'Elever, klasser og forældre', 'BIDIRECTIONAL', 'Dagligt'],
  ['elevadm', 'laering', null, 'Elever og hold', 'ONE_WAY', 'Dagligt'],
  ['elevadm', 'koersel', null, 'Elever med befordring', 'ONE_WAY', 'Ugentligt'],
  ['omsorg', 'vagtplan', 'omsorg-udtraek', 'Besøg og ruter', 'BIDIRECTIONAL', 'Løbende'],
  ['omsorg', 'madservice', null, 'Bestillinger', 'ONE_WAY', 'Dagligt'],
  ['omsorg', 'hjaelpem', null, 'Bevillinger', 'ONE_WAY', 'Dagligt'],
  ['dagtilbud', 'dagkomm', 'plads', 'Børn og stuer', 'ONE_WAY', 'Dagligt'],
  ['kursus', 'hr', null, 'Gennemførte kurser', 'ONE_WAY', 'Ugentligt'],
  ['energi', 'ejendom', null, 'Forbrugsdata', 'ONE_WAY', 'Dagligt'],
  ['esdh', 'arkiv', null, 'Arkiveringsversioner', 'ONE_WAY', 'Årligt'],
  ['esdh', 'backup', null, 'Sikkerhedskopier', 'ONE_WAY', 'Dagligt'],
];

/**
 * Integrations between the municipality's usages (both ends must exist and not be retired),
 * thinned at random to about 60. A third name the contract covering the providing end, as when a
 * supplier's integration is part of its delivery.
 */
export function buildIntegrations(
  ctx: SeedContext,
  m: MunicipalityIds,
  cat: CatalogueIds,
  land: Landscape,
  contractByUsage: Map<string, string>,
): number {
  const live = (key: string) => {
    const u = land.usages.get(key);
    return u && u.lifecycle !== 'RETIRED' ? u : null;
  };
  const possible = RULES.filter(([from, to]) => live(from) && live(to));
  const chosen = ctx.rng.sample(possible, Math.min(possible.length, ctx.rng.int(58, 63)));
  for (const [from, to, itf, data, direction, frequency] of chosen) {
    const toUsage = live(to)!;
    const covering = contractByUsage.get(toUsage.id) ?? null;
    ctx.rows.integration.push({
      id: ctx.id(),
      organisationId: m.orgId,
      fromUsageId: live(from)!.id,
      toUsageId: toUsage.id,
      interfaceId: itf ? cat.interfaces.get(itf)! : null,
      data,
      direction,
      frequency,
      contractId: covering && ctx.rng.chance(0.35) ? covering : null,
      // Over an interface the interface's declaration applies unless the flow declares its own.
      ...INTEGRATION_PAYLOADS[`${from}>${to}`],
    });
  }
  return chosen.length;
}
