// Public rules of the portfolio area.
export {};
