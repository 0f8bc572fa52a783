export * from './roles';
export * from './dates';
export * from './enums';
export * from './fields';
export * from './rule-errors';
export * from './permissions';
export * from './tree-links';
export * from './cvr';
