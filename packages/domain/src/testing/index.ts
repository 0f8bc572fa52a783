// Test data builders with overridable defaults (aSystem(), aContract(), …), one file per area.
export {};
