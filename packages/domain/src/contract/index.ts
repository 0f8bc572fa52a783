// Public rules of the contract area.
export {};
