import type {
  Channel,
  Criticality,
  DataSourceKind,
  Hosting,
  InfrastructureKind,
  Lifecycle,
} from '@prisma/client';

/**
 * The shared catalogue behind the demo: the kinds of systems a Danish municipality runs, the
 * suppliers (fictional names), the base registers and the supplier-run copy registers they read,
 * and the common infrastructure of the framework architecture. Both demo municipalities draw
 * their usages from it, so the same catalogue system appears in both (joint-tender candidates),
 * and the synthetic generator multiplies it into a catalogue of ~1,500 systems.
 */

export interface SupplierDef {
  key: string;
  name: string;
  cvr: string;
}

export const SUPPLIERS: readonly SupplierDef[] = [
  { key: 'nkd', name: 'Nordisk Kommunedata A/S', cvr: '41230011' },
  { key: 'fsh', name: 'Fælles Systemhus A/S', cvr: '41230022' },
  { key: 'ksoft', name: 'Kommunesoft A/S', cvr: '41230033' },
  { key: 'omsit', name: 'OmsorgsIT A/S', cvr: '41230044' },
  { key: 'skolenet', name: 'SkoleNet ApS', cvr: '41230055' },
  { key: 'besked', name: 'Borgerbesked ApS', cvr: '41230066' },
  { key: 'tekst', name: 'TekstKanalen A/S', cvr: '41230077' },
  { key: 'mobilbud', name: 'Mobilbud ApS', cvr: '41230088' },
  { key: 'lisdata', name: 'Ledelsesdata A/S', cvr: '41230099' },
  { key: 'indsigt', name: 'Indsigt Analytics ApS', cvr: '41230101' },
  { key: 'geo', name: 'Geodata Nord A/S', cvr: '41230112' },
  { key: 'lon', name: 'Lønservice Danmark A/S', cvr: '41230123' },
  { key: 'vagt', name: 'Vagtplan Nord ApS', cvr: '41230134' },
  { key: 'booking', name: 'Booking Danmark ApS', cvr: '41230145' },
  { key: 'sky', name: 'Skyhuset A/S', cvr: '41230156' },
  { key: 'jobit', name: 'JobIT A/S', cvr: '41230167' },
  { key: 'dagit', name: 'Dagtilbud Digital ApS', cvr: '41230178' },
  { key: 'sundit', name: 'SundIT A/S', cvr: '41230189' },
  { key: 'faelles', name: 'Kommunernes Fællesudvikling I/S', cvr: '41230190' },
  { key: 'teknik', name: 'Teknikdata ApS', cvr: '41230201' },
  { key: 'okon', name: 'Økonomiløsninger A/S', cvr: '41230212' },
  { key: 'sikker', name: 'Sikkerhedshuset A/S', cvr: '41230223' },
  { key: 'digi', name: 'Digital Borger ApS', cvr: '41230234' },
  { key: 'affald', name: 'Affaldsdata ApS', cvr: '41230245' },
];

/** Unit keys as created by demo-organisations (UNIT_TREE). */
export type UnitKey = string;

export interface SystemDef {
  key: string;
  name: string;
  category: string;
  supplier: string;
  caps: string[];
  /** KLE task-area numbers. */
  kle: string[];
  hosting: Hosting;
  users: number;
  /** Data-source keys the system reads (DATA_SOURCES, or LOCAL_SOURCES per municipality). */
  sources: string[];
  /** Infrastructure keys (INFRASTRUCTURE). */
  infra: string[];
  unit: UnitKey;
  /** Typical yearly operation price in kr.; contracts scale it a little per municipality. */
  yearly: number;
  criticality: Criticality;
  /** Usages with the same group share one contract (a supplier's framework agreement). */
  group?: string;
}

type S = SystemDef;
const s = (
  key: string,
  name: string,
  category: string,
  supplier: string,
  caps: string[],
  kle: string[],
  hosting: Hosting,
  users: number,
  sources: string[],
  infra: string[],
  unit: UnitKey,
  yearly: number,
  criticality: Criticality,
  group?: string,
): S => ({
  key,
  name,
  category,
  supplier,
  caps,
  kle,
  hosting,
  users,
  sources,
  infra,
  unit,
  yearly,
  criticality,
  group,
});

// prettier-ignore
export const SYSTEMS: readonly SystemDef[] = [
  s('esdh', 'ESDH-system', 'Dokumenthåndtering', 'fsh', ['Dokumenthåndtering', 'Sagsbehandling', 'Journalisering'], ['00.01', '85.02'], 'SAAS', 1400, ['cpr', 'cvr', 'dar'], ['sp', 'org', 'sdi', 'besked', 'nemlogin'], 'it', 1_450_000, 'CRITICAL'),
  s('politik', 'Politisk mødesystem', 'Dokumenthåndtering', 'fsh', ['Mødestyring', 'Dokumenthåndtering'], ['00.01'], 'SAAS', 180, [], ['ad'], 'dir', 160_000, 'MEDIUM'),
  s('okonomi', 'Økonomisystem', 'Økonomi', 'okon', ['Økonomi', 'Bogføring', 'Betaling'], ['00.30'], 'SUPPLIER_HOSTED', 420, ['cvr-kopi'], ['ad', 'dc'], 'oko', 1_900_000, 'CRITICAL'),
  s('efaktura', 'Fakturahåndtering (e-faktura)', 'Økonomi', 'okon', ['Økonomi', 'Fakturahåndtering'], ['00.30'], 'SAAS', 600, ['cvr'], ['sp'], 'oko', 310_000, 'HIGH'),
  s('indkob', 'E-handelssystem', 'Økonomi', 'okon', ['Indkøb', 'Økonomi'], ['00.30'], 'SAAS', 700, ['cvr'], [], 'oko', 240_000, 'MEDIUM'),
  s('opkraev', 'Opkrævnings- og debitorsystem', 'Økonomi', 'nkd', ['Opkrævning', 'Økonomi'], ['00.30'], 'SUPPLIER_HOSTED', 45, ['cpr-kopi-a', 'cvr-kopi'], ['oldint'], 'oko', 520_000, 'HIGH', 'nkd-ramme'),
  s('ejdskat', 'Ejendomsskattesystem', 'Økonomi', 'nkd', ['Ejendomsskat', 'Opkrævning'], ['25.00'], 'SUPPLIER_HOSTED', 12, ['esr-kopi', 'bbr-kopi', 'vur'], ['oldint'], 'oko', 380_000, 'HIGH', 'nkd-ramme'),
  s('lon', 'Lønsystem', 'Personale', 'lon', ['Løn', 'Personaleadministration'], ['81.04'], 'SUPPLIER_HOSTED', 90, ['cpr-kopi-a', 'skat', 'hrdata'], ['ad'], 'hr', 1_200_000, 'CRITICAL'),
  s('hr', 'HR- og rekrutteringssystem', 'Personale', 'lon', ['Rekruttering', 'Personaleadministration'], ['81.02'], 'SAAS', 160, ['hrdata'], ['nemlogin'], 'hr', 280_000, 'MEDIUM'),
  s('vagtplan', 'Vagtplan', 'Personale', 'vagt', ['Vagtplanlægning', 'Tidsregistrering'], ['81.04'], 'SAAS', 950, ['hrdata'], ['ad'], 'aeldre', 420_000, 'HIGH'),
  s('tidsreg', 'Tidsregistrering og flekstid', 'Personale', 'vagt', ['Tidsregistrering'], ['81.04'], 'SAAS', 1800, ['hrdata'], ['ad'], 'hr', 150_000, 'LOW'),
  s('kursus', 'Kursus- og kompetencesystem', 'Personale', 'booking', ['Kompetenceudvikling', 'Booking'], ['81.10'], 'SAAS', 2200, ['hrdata'], [], 'hr', 90_000, 'LOW'),
  s('arbmiljo', 'Arbejdsmiljøsystem', 'Personale', 'ksoft', ['Arbejdsmiljø', 'Rapportering'], ['81.18'], 'SAAS', 300, ['hrdata'], [], 'hr', 70_000, 'LOW'),
  s('lis-a', 'Ledelsesinformation A', 'Ledelsesinformation', 'lisdata', ['Ledelsesinformation', 'Rapportering'], ['00.01'], 'SUPPLIER_HOSTED', 260, ['cpr-kopi-a', 'cvr-kopi', 'bbr-kopi', 'dw'], ['dc'], 'oko', 640_000, 'MEDIUM'),
  s('lis-b', 'Ledelsesinformation B', 'Ledelsesinformation', 'indsigt', ['Ledelsesinformation'], ['00.01'], 'SAAS', 90, ['cpr-kopi-b', 'cvr-kopi', 'dst'], [], 'bu', 310_000, 'MEDIUM'),
  s('lis-c', 'Ledelsesinformation C (del af omsorgspakke)', 'Ledelsesinformation', 'omsit', ['Ledelsesinformation', 'Rapportering'], ['27.36'], 'SUPPLIER_HOSTED', 40, ['cpr-kopi-b'], [], 'aeldre', 190_000, 'LOW'),
  s('sms-a', 'SMS-løsning A', 'Kommunikation', 'besked', ['SMS', 'Borgerkommunikation'], ['00.06'], 'SAAS', 220, ['cpr'], ['sp'], 'borger', 120_000, 'LOW'),
  s('sms-b', 'SMS-løsning B', 'Kommunikation', 'tekst', ['SMS'], ['00.06'], 'SAAS', 80, [], [], 'sund', 65_000, 'LOW'),
  s('sms-c', 'SMS-løsning C', 'Kommunikation', 'mobilbud', ['SMS', 'Påmindelser'], ['00.06'], 'SAAS', 40, ['cpr-kopi-a'], [], 'job', 48_000, 'LOW'),
  s('digitalpost', 'Digital Post-klient', 'Kommunikation', 'faelles', ['Digital Post', 'Borgerkommunikation'], ['00.06'], 'SAAS', 900, ['cpr'], ['sp', 'dp', 'besked'], 'borger', 210_000, 'HIGH'),
  s('scanning', 'Scanning og postomdeling', 'Kommunikation', 'digi', ['Dokumenthåndtering', 'Digital Post'], ['85.02'], 'SUPPLIER_HOSTED', 60, ['cpr'], ['sp'], 'borger', 180_000, 'MEDIUM'),
  s('telefoni', 'Telefoni og omstilling', 'Kommunikation', 'sky', ['Telefoni'], ['85.04'], 'CLOUD', 3100, ['hrdata'], ['wan'], 'it', 560_000, 'HIGH', 'sky-ramme'),
  s('booking', 'Bookingsystem (lokaler og haller)', 'Selvbetjening', 'booking', ['Booking', 'Selvbetjening'], ['18.15'], 'SAAS', 140, ['cpr', 'cvr'], ['nemlogin'], 'borger', 95_000, 'LOW'),
  s('tidsbestil', 'Tidsbestilling i Borgerservice', 'Selvbetjening', 'digi', ['Booking', 'Tidsbestilling', 'SMS'], ['16.00'], 'SAAS', 60, ['cpr'], ['nemlogin'], 'borger', 85_000, 'LOW'),
  s('selvbetj', 'Selvbetjeningsplatform', 'Selvbetjening', 'digi', ['Selvbetjening', 'Blanketter'], ['00.06'], 'SAAS', 120, ['cpr', 'cvr', 'dar'], ['sp', 'nemlogin', 'besked'], 'borger', 340_000, 'HIGH'),
  s('web', 'Kommunens hjemmeside (CMS)', 'Selvbetjening', 'digi', ['Information', 'Selvbetjening'], ['00.06'], 'CLOUD', 75, [], ['cloud'], 'borger', 220_000, 'MEDIUM'),
  s('koe', 'Kø- og ventesystem', 'Selvbetjening', 'digi', ['Kø-styring', 'Tidsbestilling'], ['16.00'], 'ON_PREMISE', 40, [], ['dc'], 'borger', 45_000, 'LOW'),
  s('intranet', 'Intranet', 'Kontor og infrastruktur', 'sky', ['Intern kommunikation'], ['85.00'], 'CLOUD', 4200, ['hrdata'], ['ad', 'cloud'], 'it', 260_000, 'MEDIUM', 'sky-ramme'),
  s('office', 'Kontorpakke og e-mail', 'Kontor og infrastruktur', 'sky', ['Kontorværktøjer', 'E-mail'], ['85.00'], 'CLOUD', 4600, [], ['ad', 'cloud'], 'it', 2_300_000, 'CRITICAL', 'sky-ramme'),
  s('adgang', 'Identitets- og adgangsstyring', 'Kontor og infrastruktur', 'sikker', ['Adgangsstyring', 'Brugerstyring'], ['85.00'], 'ON_PREMISE', 4600, ['hrdata'], ['ad', 'org', 'dc'], 'it', 390_000, 'CRITICAL'),
  s('backup', 'Backup- og arkiveringsløsning', 'Kontor og infrastruktur', 'sikker', ['Backup'], ['85.00'], 'ON_PREMISE', 12, [], ['dc'], 'it', 210_000, 'HIGH'),
  s('arkiv', 'Digitalt arkiv og bevaring', 'Kontor og infrastruktur', 'faelles', ['Arkivering', 'Dokumenthåndtering'], ['00.18'], 'SAAS', 20, [], ['sdi'], 'it', 140_000, 'MEDIUM'),
  s('servicedesk', 'IT-servicedesk', 'Kontor og infrastruktur', 'sky', ['Servicestyring'], ['85.00'], 'SAAS', 90, ['hrdata'], ['ad'], 'it', 180_000, 'MEDIUM'),
  s('mdm', 'Mobile Device Management', 'Kontor og infrastruktur', 'sikker', ['Enhedsstyring'], ['85.00'], 'SAAS', 15, [], ['ad'], 'it', 160_000, 'MEDIUM'),
  s('projekt', 'Projektstyringsværktøj', 'Kontor og infrastruktur', 'sky', ['Projektstyring'], ['00.01'], 'SAAS', 140, [], ['ad'], 'digi', 60_000, 'LOW'),
  s('kvalitet', 'Kvalitetsledelsessystem', 'Kontor og infrastruktur', 'ksoft', ['Dokumenthåndtering', 'Kvalitet'], ['00.01'], 'SAAS', 500, [], [], 'sos', 110_000, 'LOW'),
  s('ydelse', 'Ydelsessystem (kontanthjælp m.v.)', 'Beskæftigelse og ydelser', 'nkd', ['Sagsbehandling', 'Udbetaling'], ['32.18'], 'SUPPLIER_HOSTED', 110, ['cpr-kopi-a', 'skat-kopi', 'udk'], ['oldint', 'dc'], 'ydelse', 1_100_000, 'CRITICAL', 'nkd-ramme'),
  s('pension', 'Pensionssystem (personligt tillæg)', 'Beskæftigelse og ydelser', 'nkd', ['Udbetaling'], ['32.12'], 'SUPPLIER_HOSTED', 8, ['cpr-kopi-a', 'skat-kopi'], ['oldint'], 'ydelse', 160_000, 'MEDIUM'),
  s('sygedp', 'Sygedagpengesystem', 'Beskæftigelse og ydelser', 'nkd', ['Sagsbehandling', 'Udbetaling'], ['15.00'], 'SUPPLIER_HOSTED', 35, ['cpr-kopi-a', 'skat', 'cvr'], ['sp'], 'job', 420_000, 'HIGH', 'nkd-ramme'),
  s('jobcenter', 'Jobcentersystem', 'Beskæftigelse og ydelser', 'jobit', ['Sagsbehandling', 'Beskæftigelse'], ['15.00'], 'SAAS', 230, ['cpr', 'skat', 'star'], ['sp', 'sdi', 'nemlogin'], 'job', 1_350_000, 'CRITICAL'),
  s('integration', 'Integrationssystem (udlændinge)', 'Beskæftigelse og ydelser', 'ksoft', ['Sagsbehandling'], ['27.27'], 'SAAS', 25, ['cpr'], ['sp'], 'job', 130_000, 'MEDIUM'),
  s('boernunge', 'Sagsbehandlingssystem for børn og unge', 'Social', 'ksoft', ['Sagsbehandling', 'Dokumenthåndtering'], ['27.24'], 'SAAS', 180, ['cpr', 'cvr'], ['sp', 'org', 'sdi', 'besked'], 'fam', 890_000, 'CRITICAL'),
  s('voksen', 'Sagsbehandlingssystem for voksenområdet', 'Social', 'ksoft', ['Sagsbehandling'], ['27.36'], 'SAAS', 140, ['cpr'], ['sp', 'org', 'sdi'], 'handicap', 760_000, 'HIGH'),
  s('omsorg', 'Omsorgssystem', 'Social', 'omsit', ['Sagsbehandling', 'Dokumentation', 'Planlægning'], ['27.12', '29.00'], 'SUPPLIER_HOSTED', 1300, ['cpr-kopi-b', 'fmk'], ['dc', 'ad'], 'aeldre', 2_100_000, 'CRITICAL'),
  s('hjaelpem', 'Hjælpemiddelsystem', 'Social', 'omsit', ['Lagerstyring', 'Sagsbehandling'], ['27.39'], 'SUPPLIER_HOSTED', 70, ['cpr-kopi-b'], [], 'aeldre', 240_000, 'MEDIUM'),
  s('madservice', 'Madservice og bestilling', 'Social', 'omsit', ['Bestilling'], ['27.12'], 'SAAS', 45, ['cpr'], [], 'aeldre', 70_000, 'LOW'),
  s('sundjournal', 'Sundhedsjournal (sundhedspleje)', 'Sundhed', 'sundit', ['Journal', 'Sundhed'], ['29.30'], 'SAAS', 85, ['cpr', 'sygesikring'], ['sp'], 'sund', 330_000, 'HIGH'),
  s('tandpleje', 'Tandplejesystem', 'Sundhed', 'sundit', ['Journal', 'Booking', 'SMS'], ['29.33'], 'SAAS', 120, ['cpr'], ['sp'], 'sund', 290_000, 'HIGH'),
  s('traening', 'Genoptræningssystem', 'Sundhed', 'sundit', ['Journal', 'Booking'], ['29.27'], 'SAAS', 60, ['cpr', 'fmk'], ['sp'], 'sund', 170_000, 'MEDIUM'),
  s('misbrug', 'Misbrugsbehandlingssystem', 'Sundhed', 'sundit', ['Journal'], ['29.27'], 'SAAS', 25, ['cpr'], [], 'handicap', 95_000, 'MEDIUM'),
  s('skoleplatform', 'Skoleintra-lignende platform', 'Skole', 'skolenet', ['Forældrekommunikation', 'SMS', 'Læringsplatform'], ['17.01'], 'SAAS', 3200, ['cpr', 'stil'], ['nemlogin'], 'skole', 680_000, 'HIGH', 'skole-ramme'),
  s('laering', 'Læringsplatform', 'Skole', 'skolenet', ['Læringsplatform'], ['17.01'], 'SAAS', 2800, ['stil'], ['nemlogin'], 'skole', 420_000, 'MEDIUM', 'skole-ramme'),
  s('elevadm', 'Elevadministrationssystem', 'Skole', 'ksoft', ['Elevadministration'], ['17.02'], 'SUPPLIER_HOSTED', 140, ['cpr', 'dar', 'stil'], ['sp'], 'skole', 360_000, 'HIGH'),
  s('ppr', 'PPR-journalsystem', 'Skole', 'ksoft', ['Journal', 'Sagsbehandling'], ['17.13'], 'SAAS', 45, ['cpr'], ['sp'], 'skole', 120_000, 'MEDIUM'),
  s('bibliotek', 'Bibliotekssystem', 'Kultur og fritid', 'faelles', ['Udlån', 'Booking'], ['18.00'], 'SAAS', 110, ['cpr'], ['sp', 'nemlogin'], 'borger', 230_000, 'MEDIUM'),
  s('forening', 'Foreningsportal og tilskud', 'Kultur og fritid', 'booking', ['Tilskud', 'Booking'], ['18.15'], 'SAAS', 30, ['cvr'], ['nemlogin'], 'borger', 60_000, 'LOW'),
  s('dagtilbud', 'Dagtilbudssystem', 'Dagtilbud', 'dagit', ['Pladsanvisning', 'Opkrævning', 'Forældrekommunikation'], ['28.00'], 'SAAS', 650, ['cpr-kopi-a', 'dar'], ['nemlogin', 'sp'], 'dag', 540_000, 'HIGH'),
  s('dagkomm', 'Kommunikationsplatform for dagtilbud', 'Dagtilbud', 'dagit', ['Forældrekommunikation', 'SMS'], ['28.00'], 'SAAS', 900, ['cpr'], ['nemlogin'], 'dag', 190_000, 'MEDIUM'),
  s('byggesag', 'Byggesagssystem', 'Teknik og miljø', 'geo', ['Sagsbehandling', 'Byggesager', 'Selvbetjening'], ['02.34'], 'SAAS', 35, ['bbr', 'matrikel', 'dar', 'ejf'], ['df', 'sp', 'sdi'], 'byg', 410_000, 'HIGH'),
  s('plan', 'Plansystem (lokalplaner)', 'Teknik og miljø', 'geo', ['Planlægning', 'GIS'], ['01.02'], 'SAAS', 20, ['matrikel', 'geodk'], ['df'], 'byg', 150_000, 'MEDIUM', 'geo-ramme'),
  s('gis', 'GIS-platform', 'Teknik og miljø', 'geo', ['GIS', 'Kort'], ['01.00'], 'ON_PREMISE', 160, ['dar-kopi', 'matrikel', 'geodk', 'dagi', 'gislag'], ['dc', 'df'], 'byg', 480_000, 'HIGH', 'geo-ramme'),
  s('miljo', 'Miljøsystem (tilsyn og godkendelser)', 'Teknik og miljø', 'teknik', ['Sagsbehandling', 'Tilsyn'], ['09.02'], 'SAAS', 30, ['cvr', 'bbr', 'matrikel'], ['df', 'sp'], 'natur', 200_000, 'MEDIUM'),
  s('vej', 'Vejforvaltningssystem', 'Teknik og miljø', 'teknik', ['Vejdrift', 'GIS'], ['05.01'], 'SAAS', 25, ['dar', 'geodk'], ['df'], 'vej', 140_000, 'MEDIUM'),
  s('affald', 'Affaldssystem', 'Teknik og miljø', 'affald', ['Opkrævning', 'Renovation'], ['07.18'], 'SUPPLIER_HOSTED', 20, ['bbr-kopi', 'esr-kopi', 'dar'], ['oldint'], 'natur', 330_000, 'HIGH'),
  s('ejendom', 'Ejendomsadministration og bygningsdrift', 'Teknik og miljø', 'teknik', ['Ejendomsdrift', 'Lejeadministration'], ['82.02'], 'SAAS', 60, ['ejd', 'bbr'], ['df'], 'vej', 260_000, 'MEDIUM'),
  s('energi', 'Energistyringssystem', 'Teknik og miljø', 'teknik', ['Energistyring', 'Grøn omstilling'], ['13.03'], 'SAAS', 15, ['ejd', 'bbr'], ['df'], 'vej', 120_000, 'LOW'),
  s('beredskab', 'Beredskabssystem', 'Teknik og miljø', 'teknik', ['Beredskab', 'Vagtplanlægning'], ['14.00'], 'SAAS', 40, ['dar', 'bbr'], ['df'], 'tek', 110_000, 'HIGH'),
  s('parkering', 'Parkeringskontrol', 'Teknik og miljø', 'teknik', ['Parkering', 'Opkrævning'], ['05.13'], 'SAAS', 12, ['cpr-kopi-a'], [], 'vej', 85_000, 'LOW'),
  s('kirkegaard', 'Kirkegårdssystem', 'Teknik og miljø', 'ksoft', ['Administration'], ['04.20'], 'ON_PREMISE', 8, ['cpr'], ['dc'], 'natur', 40_000, 'LOW'),
  s('koersel', 'Befordring og kørselsplanlægning', 'Teknik og miljø', 'teknik', ['Kørsel', 'Planlægning'], ['27.18'], 'SAAS', 18, ['dar', 'cpr'], ['sp'], 'vej', 130_000, 'MEDIUM'),
];

export interface DataSourceDef {
  key: string;
  name: string;
  kind: DataSourceKind;
  family: string | null;
  channel: Channel;
  costModel: string;
  supplier?: string;
  copyOf?: string;
  lifecycle?: Lifecycle;
  endsOn?: string;
  description: string;
}

const base = (
  key: string,
  name: string,
  family: string,
  channel: Channel,
  description: string,
): DataSourceDef => ({
  key,
  name,
  kind: 'BASE_REGISTER',
  family,
  channel,
  description,
  costModel: 'Gratis grunddata (grunddataprogrammet)',
});
const copy = (
  key: string,
  name: string,
  family: string,
  copyOf: string,
  supplier: string,
  extra: Partial<DataSourceDef> = {},
): DataSourceDef => ({
  key,
  name,
  kind: 'COPY_REGISTER',
  family,
  channel: 'DIRECT',
  copyOf,
  supplier,
  ...extra,
  costModel: 'Årligt abonnement pr. system plus transaktionsbetaling',
  description: `Leverandørdrevet kopi af ${family}-data, købt separat til hvert system, der bruger den.`,
});
const ext = (key: string, name: string, family: string | null, description: string): DataSourceDef => ({
  key,
  name,
  kind: 'EXTERNAL',
  family,
  channel: 'DIRECT',
  costModel: 'Aftale med dataejer',
  description,
});

/** The shared data-source catalogue: base registers first, so copies can point at them. */
// prettier-ignore
export const DATA_SOURCES: readonly DataSourceDef[] = [
  base('cpr', 'CPR – Det Centrale Personregister', 'CPR', 'SERVICEPLATFORMEN', 'Personoplysninger: navn, adresse, civilstand, relationer.'),
  base('cvr', 'CVR – Det Centrale Virksomhedsregister', 'CVR', 'SERVICEPLATFORMEN', 'Virksomheder og produktionsenheder.'),
  base('bbr', 'BBR – Bygnings- og Boligregistret', 'BBR', 'DATAFORDELEREN', 'Bygninger, boliger og tekniske anlæg.'),
  base('dar', 'DAR – Danmarks Adresseregister', 'DAR', 'DATAFORDELEREN', 'Autoritative adresser og adgangsadresser.'),
  base('matrikel', 'Matriklen', 'MATRIKEL', 'DATAFORDELEREN', 'Matrikulære oplysninger om jordstykker.'),
  base('ejf', 'Ejerfortegnelsen', 'EJF', 'DATAFORDELEREN', 'Ejere og administratorer af faste ejendomme.'),
  base('vur', 'Ejendomsvurdering', 'VUR', 'DATAFORDELEREN', 'Offentlige ejendoms- og grundværdier.'),
  base('skat', 'SKAT – indkomstoplysninger (eIndkomst)', 'SKAT', 'SERVICEPLATFORMEN', 'Indkomst og skatteoplysninger til sagsbehandling.'),
  base('dagi', 'DAGI – Danmarks Administrative Geografiske Inddeling', 'DAGI', 'DATAFORDELEREN', 'Kommune-, sogne- og afstemningsgrænser.'),
  base('geodk', 'GeoDanmark', 'GEODANMARK', 'DATAFORDELEREN', 'Topografiske kortdata.'),
  copy('cpr-kopi-a', 'Personregister-kopi (KMD-lignende)', 'CPR', 'cpr', 'nkd'),
  copy('cpr-kopi-b', 'Persondata-kopi hos omsorgsleverandør', 'CPR', 'cpr', 'omsit'),
  copy('cvr-kopi', 'CVR-kopi hos leverandør', 'CVR', 'cvr', 'nkd'),
  copy('bbr-kopi', 'BBR-udtræk hos leverandør', 'BBR', 'bbr', 'geo', { channel: 'FILE_TRANSFER' }),
  copy('esr-kopi', 'Ejendomsstamregister-kopi (ESR-lignende)', 'EJF', 'ejf', 'nkd', { lifecycle: 'PHASING_OUT', endsOn: '2027-12-31' }),
  copy('dar-kopi', 'Adresse-kopi i GIS-løsning', 'DAR', 'dar', 'geo', { channel: 'FILE_TRANSFER' }),
  copy('skat-kopi', 'Indkomstdata-kopi hos ydelsesleverandør', 'SKAT', 'skat', 'nkd'),
  ext('dst', 'Danmarks Statistik – Statistikbanken', 'DST', 'Befolknings- og nøgletal til prognoser.'),
  ext('fmk', 'Fælles Medicinkort (FMK)', 'FMK', 'Borgerens aktuelle medicinoplysninger.'),
  ext('stil', 'STIL – elev- og uddannelsesdata', 'STIL', 'Elevoplysninger og UNI-Login.'),
  ext('star', 'STAR – Jobindsats', 'STAR', 'Beskæftigelsesdata og ydelsesforløb.'),
  ext('udk', 'Udbetaling Danmark – ydelsesoplysninger', 'UDK', 'Ydelser udbetalt af Udbetaling Danmark.'),
  ext('sygesikring', 'Sygesikringsregistret', 'SYGESIKRING', 'Lægevalg og sygesikringsgruppe.'),
];

/** Each municipality's own internal sources (LOCAL to it). */
export const LOCAL_SOURCES: readonly { key: string; name: string; description: string }[] = [
  { key: 'dw', name: 'Kommunens datavarehus', description: 'Samlede udtræk fra fagsystemerne til analyse.' },
  {
    key: 'hrdata',
    name: 'Medarbejderdata (HR-master)',
    description: 'Stamdata om medarbejdere og stillinger.',
  },
  {
    key: 'ejd',
    name: 'Kommunal ejendomsdatabase',
    description: 'Kommunens egne bygninger, arealer og forbrug.',
  },
  {
    key: 'gislag',
    name: 'Lokale GIS-lag',
    description: 'Kommunens egne temalag: forsyning, grønne områder.',
  },
];

export interface InfrastructureDef {
  key: string;
  name: string;
  kind: InfrastructureKind;
  description: string;
  lifecycle?: Lifecycle;
  endsOn?: string;
}

// prettier-ignore
export const INFRASTRUCTURE: readonly InfrastructureDef[] = [
  { key: 'sp', name: 'Serviceplatformen', kind: 'SERVICE_PLATFORM', description: 'Fælleskommunal integrationsplatform for grunddata og services.' },
  { key: 'df', name: 'Datafordeleren', kind: 'SERVICE_PLATFORM', description: 'Fællesoffentlig distribution af grunddata (BBR, DAR, Matrikel m.fl.).' },
  { key: 'org', name: 'Fælleskommunalt Organisationssystem', kind: 'SUPPORT_SYSTEM', description: 'Støttesystem: organisation, brugere og roller.' },
  { key: 'klass', name: 'Fælleskommunalt Klassifikationssystem', kind: 'SUPPORT_SYSTEM', description: 'Støttesystem: KLE og andre klassifikationer.' },
  { key: 'sdi', name: 'Sags- og dokumentindeks', kind: 'SUPPORT_SYSTEM', description: 'Støttesystem: indeks over sager og dokumenter på tværs af fagsystemer.' },
  { key: 'besked', name: 'Beskedfordeler', kind: 'SUPPORT_SYSTEM', description: 'Støttesystem: hændelsesbeskeder mellem systemer.' },
  { key: 'ford', name: 'Fordelingskomponent', kind: 'SUPPORT_SYSTEM', description: 'Støttesystem: fordeling af dokumenter og data til modtagere.' },
  { key: 'nemlogin', name: 'MitID og NemLog-in', kind: 'IDENTITY', description: 'Fællesoffentlig log-in for borgere, virksomheder og medarbejdere.' },
  { key: 'ad', name: 'Kommunal brugerstyring (Active Directory)', kind: 'IDENTITY', description: 'Medarbejderidentiteter og single sign-on.' },
  { key: 'dp', name: 'Digital Post', kind: 'OTHER', description: 'Fællesoffentlig digital post til borgere og virksomheder.' },
  { key: 'dc', name: 'Kommunalt driftscenter', kind: 'HOSTING', description: 'Kommunens egne servere og databaser.' },
  { key: 'cloud', name: 'Offentlig sky (leverandørdrevet)', kind: 'HOSTING', description: 'Cloud-hosting under fælles databehandleraftale.' },
  { key: 'wan', name: 'Kommunens netværk (WAN)', kind: 'NETWORK', description: 'Fibernet mellem rådhus, skoler og institutioner.' },
  { key: 'oldint', name: 'Gammel integrationsplatform', kind: 'OTHER', lifecycle: 'PHASING_OUT', endsOn: '2027-12-31', description: 'Leverandørens lukkede integrationslag; udfases med monopolbruddet.' },
];

export interface InterfaceDef {
  key: string;
  name: string;
  provider: string;
  protocol: string;
  data: string;
}

// prettier-ignore
export const INTERFACES: readonly InterfaceDef[] = [
  { key: 'journal', name: 'Journaliseringsservice (FESD)', provider: 'esdh', protocol: 'SOAP/FESD', data: 'Dokumenter og sagsmetadata' },
  { key: 'postering', name: 'Posteringsservice', provider: 'okonomi', protocol: 'REST', data: 'Posteringer med kontostreng' },
  { key: 'udbetaling', name: 'Udbetalingsfil (NemKonto)', provider: 'okonomi', protocol: 'SFTP (fast format)', data: 'Udbetalinger til borgere' },
  { key: 'medarbejder', name: 'Medarbejderudtræk', provider: 'lon', protocol: 'SFTP (CSV)', data: 'Medarbejdere, stillinger og organisation' },
  { key: 'sms-api', name: 'SMS-gateway API', provider: 'sms-a', protocol: 'REST', data: 'Beskeder og modtagere' },
  { key: 'sms-smtp', name: 'SMS-afsendelse via e-mail-bro', provider: 'sms-b', protocol: 'SMTP', data: 'Beskeder og modtagere' },
  { key: 'etl', name: 'Dataindlæsning (ETL)', provider: 'lis-a', protocol: 'SFTP (CSV)', data: 'Udtræk til ledelsesinformation' },
  { key: 'omsorg-udtraek', name: 'Borger- og ydelsesudtræk', provider: 'omsorg', protocol: 'REST', data: 'Visiterede ydelser og leverede timer' },
  { key: 'ydelse-udtraek', name: 'Ydelsesudtræk', provider: 'ydelse', protocol: 'SFTP (fast format)', data: 'Ydelser og udbetalinger' },
  { key: 'job-udtraek', name: 'Sagsudtræk', provider: 'jobcenter', protocol: 'SFTP', data: 'Forløb, målgrupper og aktiveringer' },
  { key: 'kort', name: 'Korttjeneste (WMS/WFS)', provider: 'gis', protocol: 'WMS/WFS', data: 'Kortlag og geometrier' },
  { key: 'plads', name: 'Pladsanvisningsdata', provider: 'dagtilbud', protocol: 'REST', data: 'Børn, pladser og takster' },
  { key: 'scim', name: 'Brugerprovisionering (SCIM)', provider: 'adgang', protocol: 'SCIM 2.0', data: 'Brugere og rettigheder' },
  { key: 'ansoegning', name: 'Ansøgningsoverførsel', provider: 'selvbetj', protocol: 'REST', data: 'Indsendte ansøgninger og bilag' },
  { key: 'dagsorden', name: 'Dagsordenspublicering', provider: 'politik', protocol: 'REST', data: 'Dagsordener og referater' },
  { key: 'dp-afsend', name: 'Digital Post-afsendelse', provider: 'digitalpost', protocol: 'SOAP', data: 'Breve til borgere og virksomheder' },
];

export const systemByKey = new Map(SYSTEMS.map((x) => [x.key, x]));
export const supplierByKey = new Map(SUPPLIERS.map((x) => [x.key, x]));
export const dataSourceByKey = new Map(DATA_SOURCES.map((x) => [x.key, x]));
