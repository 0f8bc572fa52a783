export * from './roles';
export * from './dates';
