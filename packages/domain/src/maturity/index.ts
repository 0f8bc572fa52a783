// Public rules of the maturity area.
export {};
