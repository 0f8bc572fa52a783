export * from './kitos-cells';
export * from './kitos-columns';
export * from './import-plan.types';
export * from './kitos-usage-plan';
export * from './kitos-unit-plan';
