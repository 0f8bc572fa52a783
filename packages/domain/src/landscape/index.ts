// Public rules of the landscape area.
export {};
