import { isValidCvr } from './cvr';

describe('isValidCvr', () => {
  // Weighted sums worked by hand with weights 2 7 6 5 4 3 2 1:
  // 64942212 (Københavns Kommune) → 12+28+54+20+8+6+2+2 = 132 = 12 × 11
  // 55133018 (Aarhus Kommune)     → 10+35+6+15+12+0+2+8 = 88 = 8 × 11
  // 35209115 (Odense Kommune)     → 6+35+12+0+36+3+2+5 = 99 = 9 × 11
  // 29189420 (Aalborg Kommune)    → 4+63+6+40+36+12+4+0 = 165 = 15 × 11
  it.each(['64942212', '55133018', '35209115', '29189420'])('accepts the real CVR %s', (cvr) => {
    expect(isValidCvr(cvr)).toBe(true);
  });

  it('refuses a number whose check digit is wrong (sum 133)', () => {
    expect(isValidCvr('64942213')).toBe(false);
  });

  it('refuses anything but eight digits, and a leading zero', () => {
    for (const cvr of ['6494221', '649422120', '6494221a', ' 64942212', '', '08000000']) {
      expect(isValidCvr(cvr)).toBe(false);
    }
  });
});
