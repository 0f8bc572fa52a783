/** Weights of the modulus-11 check on a Danish CVR number (Erhvervsstyrelsen). */
const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** True for 8 digits, not starting with 0, whose weighted digit sum is divisible by 11. */
export function isValidCvr(cvr: string): boolean {
  if (!/^[1-9]\d{7}$/.test(cvr)) return false;
  const sum = CVR_WEIGHTS.reduce((total, weight, i) => total + weight * Number(cvr[i]), 0);
  return sum % 11 === 0;
}
