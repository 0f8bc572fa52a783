import type { ProjectStatus, ProposalStatus } from '@prisma/client';
import type { MunicipalityKey } from './demo-organisations';

/**
 * The demo portfolio: projects a municipality in the middle of the paradigm shift would run
 * (consolidating SMS and management-information systems, leaving copy registers, re-tendering
 * the ESDH together with its neighbour, …) and, per municipality, where each one stands.
 */

export interface ProjectTemplate {
  key: string;
  name: string;
  unit: string;
  /** Catalogue system keys the project touches (ProjectSystem rows when the usage exists). */
  systems: string[];
  strategies: string[];
  budget: number;
  problem: string;
}

const t = (
  key: string,
  name: string,
  unit: string,
  systems: string[],
  strategies: string[],
  budget: number,
  problem: string,
): ProjectTemplate => ({
  key,
  name,
  unit,
  systems,
  strategies,
  budget,
  problem,
});

// prettier-ignore
export const PROJECT_TEMPLATES: readonly ProjectTemplate[] = [
  t('sms', 'Konsolidering af SMS-løsninger', 'it', ['sms-a', 'sms-b', 'sms-c'], ['digi', 'data'], 450_000, 'Tre SMS-løsninger købt hver for sig i organisationen dækker samme behov.'),
  t('kopiregister', 'Exit fra kopiregistre – grunddata via Serviceplatformen', 'it', ['ydelse', 'lis-a', 'dagtilbud', 'opkraev'], ['data', 'rammearkitektur'], 1_800_000, 'Persondata og CVR-data købes flere gange gennem leverandørernes kopiregistre.'),
  t('esdh', 'Fælles genudbud af ESDH-system', 'it', ['esdh'], ['digi', 'rammearkitektur'], 3_500_000, 'ESDH-kontrakten udløber; et fælles udbud med samarbejdskommunen giver bedre vilkår.'),
  t('lis', 'Ét fælles ledelsesinformationssystem', 'oko', ['lis-a', 'lis-b', 'lis-c'], ['data'], 2_200_000, '2–3 ledelsesinformationssystemer køber de samme data flere gange.'),
  t('omsorg', 'Nyt omsorgssystem', 'aeldre', ['omsorg', 'vagtplan', 'lis-c'], ['borger', 'rammearkitektur'], 6_500_000, 'Omsorgssystemets kontrakt udløber, og løsningen bruger leverandørens persondatakopi.'),
  t('pladsanvisning', 'Digital pladsanvisning i dagtilbud', 'dag', ['dagtilbud', 'selvbetj'], ['borger', 'digi'], 900_000, 'Forældre skriver sig på venteliste på papir, og pladsanvisningen er manuel.'),
  t('byggesag', 'Selvbetjening på byggesagsområdet', 'byg', ['byggesag', 'selvbetj', 'gis'], ['borger'], 1_400_000, 'Byggeansøgninger kommer ufuldstændige ind og kræver mange partshøringer.'),
  t('rpa', 'Robotter (RPA) i Ydelsescentret', 'ydelse', ['ydelse', 'esdh'], ['digi'], 750_000, 'Rutineopgaver i ydelsessagsbehandlingen tager mange timer om ugen.'),
  t('stottesystemer', 'Implementering af fælleskommunale støttesystemer', 'it', ['esdh', 'boernunge', 'voksen', 'adgang'], ['rammearkitektur'], 2_600_000, 'Fagsystemerne skal bruge Organisation, Klassifikation og Sags- og dokumentindeks.'),
  t('esr', 'Udfasning af Ejendomsstamregister-kopi (ESR)', 'oko', ['ejdskat', 'affald'], ['data', 'rammearkitektur'], 1_100_000, 'ESR-kopien nedlægges med grunddataprogrammet; ejendomsskat og affald skal skifte kilde.'),
  t('intranet', 'Ny intranetplatform', 'it', ['intranet'], ['digi'], 600_000, 'Intranettet er forældet og bruges ikke af medarbejdere uden pc.'),
  t('vagtplan', 'Digital vagtplanlægning i hjemmeplejen', 'aeldre', ['vagtplan', 'omsorg'], ['digi'], 1_200_000, 'Vagtplaner laves i regneark og passer ikke med de visiterede ydelser.'),
  t('skaermbesoeg', 'Velfærdsteknologi: skærmbesøg i hjemmeplejen', 'aeldre', ['omsorg'], ['borger'], 1_600_000, 'Mange korte besøg kunne klares som skærmbesøg og frigøre kørsel.'),
  t('skoledata', 'Datadrevet skoleledelse', 'skole', ['elevadm', 'lis-b'], ['data'], 500_000, 'Skolelederne mangler overblik over fravær, trivsel og resultater.'),
  t('energi', 'Energistyring i kommunale bygninger', 'vej', ['energi', 'ejendom'], ['groen'], 2_000_000, 'Energiforbruget i kommunens bygninger aflæses manuelt én gang om året.'),
  t('affald', 'Digital affaldsordning og sortering', 'natur', ['affald', 'selvbetj'], ['groen', 'borger'], 800_000, 'Borgere kan ikke selv ændre affaldsordning, og opkrævningen kræver manuel rettelse.'),
  t('chatbot', 'Chatbot i Borgerservice', 'borger', ['web'], ['borger'], 650_000, 'Mange telefonopkald handler om de samme simple spørgsmål.'),
  t('adgang', 'Sikker identitets- og adgangsstyring', 'it', ['adgang', 'lon'], ['rammearkitektur'], 1_300_000, 'Brugere oprettes og nedlægges manuelt; fratrådte beholder adgang for længe.'),
  t('jobcenter', 'Genudbud af jobcentersystem', 'job', ['jobcenter'], ['digi', 'rammearkitektur'], 2_800_000, 'Jobcentersystemets kontrakt udløber og kan med fordel udbydes med nabokommunen.'),
  t('faktura', 'Automatisering af fakturahåndtering', 'oko', ['efaktura', 'okonomi'], ['digi'], 400_000, 'Fakturaer konteres manuelt og betales for sent.'),
  t('mobildok', 'Mobil dokumentation i hjemmeplejen', 'aeldre', ['omsorg'], ['borger', 'digi'], 1_500_000, 'Medarbejdere dokumenterer besøg på kontoret efter endt vagt.'),
  t('arkiv', 'Digitalt arkiv og bevaring', 'it', ['arkiv', 'esdh'], ['rammearkitektur'], 700_000, 'Arkiveringsversioner afleveres ikke rettidigt til arkivet.'),
  t('gis', 'GIS-platform i skyen', 'byg', ['gis', 'plan'], ['data', 'groen'], 950_000, 'GIS-serverne er forældede og bruger en adressekopi i stedet for DAR.'),
  t('hjemmeside', 'Ny hjemmeside med tilgængelighed i fokus', 'borger', ['web', 'selvbetj'], ['borger'], 850_000, 'Hjemmesiden lever ikke op til kravene om webtilgængelighed.'),
  t('booking', 'Én fælles bookingløsning', 'borger', ['booking', 'tidsbestil'], ['borger', 'digi'], 350_000, 'Bookingkontrakten er udløbet, og flere bookingløsninger dækker samme behov.'),
  t('tidsreg', 'Tidsregistrering for alle medarbejdere', 'hr', ['tidsreg', 'lon'], ['digi'], 550_000, 'Flekstid og tillæg registreres på papir i flere centre.'),
  t('kompetence', 'Kompetenceløft i projektledelse', 'digi', [], ['digi'], 300_000, 'Projektlederne mangler en fælles projektmodel og fælles værktøjer.'),
  t('koersel', 'Digital kørselsplanlægning', 'vej', ['koersel'], ['groen'], 600_000, 'Ruter til befordring planlægges manuelt med mange tomme kilometer.'),
  t('borgerforloeb', 'Sammenhængende borgerforløb på socialområdet', 'sos', ['boernunge', 'voksen', 'jobcenter'], ['borger'], 1_900_000, 'Borgere med flere sager oplever at skulle fortælle deres historie mange gange.'),
  t('cyber', 'Cybersikkerhed og beredskabsplan', 'it', ['backup', 'adgang'], ['rammearkitektur'], 1_000_000, 'Kommunen mangler en testet beredskabsplan for it-nedbrud.'),
];

export type Flag = 'red' | 'noReport' | 'oldReport' | 'collab' | 'failedGate' | 'noScores' | 'noStrategy';

/** [template, phase, status, proposal status (null: no proposal yet), flags]. Order = board rank. */
export type ProjectPlan = [
  key: string,
  phase: string,
  status: ProjectStatus,
  proposal: ProposalStatus | null,
  flags?: Flag[],
];

// prettier-ignore
export const PROJECT_PLANS: Record<MunicipalityKey, readonly ProjectPlan[]> = {
  norddal: [
    ['kopiregister', 'execution', 'ACTIVE', 'APPROVED'],
    ['esdh', 'proposal', 'PROPOSED', 'PREQUALIFIED', ['collab']],
    ['stottesystemer', 'execution', 'ACTIVE', 'APPROVED', ['failedGate']],
    ['sms', 'benefit_realisation', 'ACTIVE', 'APPROVED'],
    ['lis', 'implementation', 'ACTIVE', 'APPROVED'],
    ['adgang', 'implementation', 'ACTIVE', 'APPROVED'],
    ['byggesag', 'execution', 'ACTIVE', 'APPROVED', ['red']],
    ['omsorg', 'analysis', 'PROPOSED', 'DRAFT'],
    ['jobcenter', 'analysis', 'PROPOSED', 'DRAFT'],
    ['rpa', 'implementation', 'ACTIVE', 'APPROVED', ['oldReport']],
    ['mobildok', 'execution', 'ACTIVE', 'APPROVED', ['noReport']],
    ['energi', 'execution', 'ACTIVE', 'APPROVED'],
    ['vagtplan', 'benefit_realisation', 'ACTIVE', 'APPROVED'],
    ['esr', 'execution', 'ON_HOLD', 'APPROVED', ['oldReport']],
    ['skaermbesoeg', 'proposal', 'PROPOSED', 'SUBMITTED'],
    ['booking', 'proposal', 'PROPOSED', 'SUBMITTED'],
    ['skoledata', 'analysis', 'PROPOSED', 'RETURNED'],
    ['arkiv', 'proposal', 'PROPOSED', 'DEFERRED'],
    ['hjemmeside', 'analysis', 'PROPOSED', null, ['noScores']],
    ['pladsanvisning', 'closed', 'CLOSED', 'APPROVED'],
    ['faktura', 'closed', 'CLOSED', 'APPROVED', ['noStrategy']],
    ['intranet', 'idea', 'PROPOSED', null, ['noScores']],
    ['affald', 'idea', 'PROPOSED', null],
    ['gis', 'idea', 'PROPOSED', null, ['noScores']],
    ['chatbot', 'proposal', 'REJECTED', 'REJECTED'],
  ],
  sovang: [
    ['esdh', 'proposal', 'PROPOSED', 'SUBMITTED'],
    ['omsorg', 'proposal', 'PROPOSED', 'PREQUALIFIED'],
    ['kopiregister', 'execution', 'ACTIVE', 'APPROVED'],
    ['stottesystemer', 'implementation', 'ACTIVE', 'APPROVED'],
    ['borgerforloeb', 'execution', 'ACTIVE', 'APPROVED', ['red']],
    ['jobcenter', 'analysis', 'PROPOSED', 'DRAFT'],
    ['sms', 'execution', 'ACTIVE', 'APPROVED'],
    ['lis', 'analysis', 'PROPOSED', 'DRAFT'],
    ['cyber', 'execution', 'ACTIVE', 'APPROVED', ['noReport']],
    ['esr', 'implementation', 'ACTIVE', 'APPROVED'],
    ['affald', 'execution', 'ACTIVE', 'APPROVED', ['oldReport']],
    ['mobildok', 'benefit_realisation', 'ACTIVE', 'APPROVED'],
    ['energi', 'proposal', 'PROPOSED', 'SUBMITTED'],
    ['tidsreg', 'execution', 'ON_HOLD', 'APPROVED'],
    ['pladsanvisning', 'benefit_realisation', 'ACTIVE', 'APPROVED'],
    ['adgang', 'implementation', 'ACTIVE', 'APPROVED', ['failedGate']],
    ['rpa', 'proposal', 'PROPOSED', 'DEFERRED'],
    ['chatbot', 'analysis', 'PROPOSED', 'RETURNED'],
    ['hjemmeside', 'idea', 'PROPOSED', null, ['noScores']],
    ['faktura', 'closed', 'CLOSED', 'APPROVED'],
    ['vagtplan', 'closed', 'CLOSED', 'APPROVED'],
    ['kompetence', 'execution', 'ACTIVE', 'APPROVED', ['noStrategy']],
    ['intranet', 'idea', 'PROPOSED', null],
    ['skaermbesoeg', 'idea', 'PROPOSED', null, ['noScores']],
    ['gis', 'proposal', 'REJECTED', 'REJECTED'],
  ],
};
