import type { StandardTexts } from '../../shared/standard-text';

/** English for the default maturity model's step and criterion names (the domain writes them in Danish). */
export const MATURITY_ENGLISH: StandardTexts = {
  'Overblik over systemer og kontrakter': 'Overview of systems and contracts',
  'Systemer har en systemejer': 'Systems have a system owner',
  'Kontrakter har en kendt slutdato': 'Contracts have a known end date',
  'Koordineret portefølje med fælles projektmodel': 'A coordinated portfolio with a common project model',
  'Fælles projektmodel er vedtaget af direktionen': 'The executive board has adopted a common project model',
  'Projekter følger projektmodellen': 'Projects follow the project model',
  'Beslutninger om indstillinger er dokumenteret': 'Decisions on proposals are recorded',
  'Business cases følges op og gevinster måles centralt':
    'Business cases are followed up and benefits measured centrally',
  'Projekter har en business case': 'Projects have a business case',
  'Gevinster har en ansvarlig': 'Benefits have someone accountable',
  'Gevinster bliver målt': 'Benefits are measured',
  'Gevinster og strategi styrer organisationen': 'Benefits and strategy steer the organisation',
  'Projekter er knyttet til en strategi': 'Projects are linked to a strategy',
  'Gevinster hjemtages i et budget': 'Benefits are harvested in a budget',
  'Direktionen prioriterer efter realiserede gevinster og strategi':
    'The executive board prioritises by realised benefits and strategy',
};
