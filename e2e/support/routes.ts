/**
 * Every route of the app (apps/web/src/app/router.tsx), in groups small enough to walk as one
 * test each, so the walks run in parallel instead of as one long tail of the journeys.
 */

/** The lists whose first record a detail route opens. */
export type RecordList =
  | 'systemUsages'
  | 'dataSources'
  | 'interfaces'
  | 'contracts'
  | 'suppliers'
  | 'projects'
  | 'benefits'
  | 'programmes';

/**
 * A state a page opens from a control, checked like the page itself: a dialog from a button
 * (closed again by its named close button), or a mode a switch turns on (and off again).
 */
export type RouteState = { button: RegExp; dialog: RegExp } | { switch: RegExp };

export interface Route {
  /** The address; `:id` is the first record of `record`. */
  path: string;
  record?: RecordList;
  states?: RouteState[];
}

/** Pages for whoever is signed out. */
export const PUBLIC_ROUTES: Route[] = [
  { path: '/sign-in' },
  { path: '/glemt-adgangskode' },
  { path: '/invitation/not-a-token' },
  { path: '/nulstil-adgangskode/not-a-token' },
];

/** Signed-in pages by area, one walk each. */
export const SIGNED_IN_ROUTES: Record<string, Route[]> = {
  landscape: [{ path: '/landskab' }, { path: '/findes-ikke' }],
  systems: [
    {
      path: '/systemer',
      states: [{ button: /^(Nyt system|New system)$/, dialog: /^(Nyt system|New system)$/ }],
    },
    {
      path: '/systemer/:id',
      record: 'systemUsages',
      states: [{ button: /^(Redigér|Edit)$/, dialog: /^(Redigér system|Edit system)$/ }],
    },
  ],
  dataSources: [{ path: '/datakilder' }, { path: '/datakilder/:id', record: 'dataSources' }],
  interfaces: [
    {
      path: '/snitflader',
      states: [{ button: /^(Ny snitflade|New interface)$/, dialog: /^(Ny snitflade|New interface)$/ }],
    },
    { path: '/snitflader/:id', record: 'interfaces' },
  ],
  contracts: [
    {
      path: '/kontrakter',
      states: [{ button: /^(Ny kontrakt|New contract)$/, dialog: /^(Ny kontrakt|New contract)$/ }],
    },
    { path: '/kontrakter/:id', record: 'contracts' },
  ],
  suppliers: [
    {
      path: '/leverandoerer',
      states: [
        {
          button: /^(Opret leverandør|Register supplier)$/,
          dialog: /^(Opret leverandør|Register supplier)$/,
        },
      ],
    },
    { path: '/leverandoerer/:id', record: 'suppliers' },
  ],
  portfolio: [{ path: '/portefolje' }, { path: '/portefolje/projekter/:id', record: 'projects' }],
  portfolioTools: [
    { path: '/portefolje/prioriteringsmodel' },
    { path: '/portefolje/synergi' },
    { path: '/portefolje/moede' },
  ],
  programmes: [
    {
      path: '/portefolje/programmer',
      states: [
        { button: /^(Opret program|Create programme)$/, dialog: /^(Opret program|Create programme)$/ },
      ],
    },
    { path: '/portefolje/programmer/:id', record: 'programmes' },
  ],
  resources: [{ path: '/ressourcer' }],
  benefits: [
    // Projector mode: large type for a meeting room, where badges and headers must still fit.
    { path: '/gevinster', states: [{ switch: /^(Stor skrift \(projektor\)|Large type \(projector\))$/ }] },
    { path: '/gevinster/:id', record: 'benefits' },
  ],
  maturity: [{ path: '/modenhed' }],
  admin: [{ path: '/admin' }, { path: '/konto' }],
};

/** The first record of every list a detail route opens, read over GraphQL. */
export const FIRST_IDS = `query WalkIds {
  systemUsages(limit: 1) { items { id } }
  dataSources(limit: 1) { items { id } }
  interfaces(limit: 1) { items { id } }
  contracts(limit: 1) { items { id } }
  suppliers(limit: 1) { items { id } }
  projects(limit: 1) { items { id } }
  benefits(limit: 1) { items { id } }
  programmes { id }
}`;

export type FirstIds = Record<Exclude<RecordList, 'programmes'>, { items: { id: string }[] }> & {
  programmes: { id: string }[];
};
