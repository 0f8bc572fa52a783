/** The areas of the shell: URL (Danish, stable) and i18n key in the `nav` namespace. */
export const AREAS = [
  { path: '/landskab', key: 'landscape' },
  { path: '/systemer', key: 'systems' },
  { path: '/datakilder', key: 'dataSources' },
  { path: '/snitflader', key: 'interfaces' },
  { path: '/kontrakter', key: 'contracts' },
  { path: '/leverandoerer', key: 'suppliers' },
  { path: '/portefolje', key: 'portfolio' },
  { path: '/ressourcer', key: 'resources' },
  { path: '/gevinster', key: 'benefits' },
  { path: '/modenhed', key: 'maturity' },
  { path: '/admin', key: 'admin' },
] as const;

export type AreaKey = (typeof AREAS)[number]['key'];

/** The index route: it sends the viewer on to the start page for their roles (`HomeRedirect`). */
export const HOME_PATH = '/';
export const SIGN_IN_PATH = '/sign-in';
