// Public API of @overblik/domain: framework-free types and pure rules, one folder per area.
export * from './shared';
export * from './landscape';
export * from './contract';
export * from './portfolio';
export * from './benefit';
export * from './maturity';
export * from './search';
export * from './history';
export * from './organisation';
export * from './account';
export * from './supplier';
export * from './api-token';
export * from './single-sign-on';
export * from './import';
