// Test data builders with overridable defaults (aSystem(), aContract(), …), one file per area.
export * from './landscape.builders';
export * from './contract.builders';
export * from './portfolio.builders';
export * from './benefit.builders';
export * from './maturity.builders';
