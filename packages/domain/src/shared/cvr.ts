/** The weights of the CVR register's modulus-11 check, digit by digit. */
const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * A Danish CVR number: eight digits, not starting with 0, whose weighted digit sum is divisible
 * by 11 (the register's own check), so a mistyped digit is caught before it is stored.
 */
export function isValidCvr(value: string): boolean {
  if (!/^[1-9]\d{7}$/.test(value)) return false;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(value[i]), 0);
  return sum % 11 === 0;
}
