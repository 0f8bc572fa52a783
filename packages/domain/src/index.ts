// Public API of @overblik/domain: framework-free types and pure rules, one folder per area.
export * from './shared';
