// Public rules of the benefit area.
export {};
