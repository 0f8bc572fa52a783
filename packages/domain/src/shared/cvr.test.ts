import { isValidCvr } from './cvr';

describe('isValidCvr', () => {
  it('accepts numbers whose weighted sum is divisible by 11', () => {
    // 1·2 + 0·7 + 1·6 + 5·5 + 0·4 + 8·3 + 1·2 + 7·1 = 66 = 6·11
    expect(isValidCvr('10150817')).toBe(true);
    // 2·2 + 9·7 + 1·6 + 8·5 + 9·4 + 8·3 + 4·2 + 6·1 = 187 = 17·11
    expect(isValidCvr('29189846')).toBe(true);
  });

  it('refuses a mistyped digit (weighted sum 67)', () => {
    expect(isValidCvr('10150818')).toBe(false);
  });

  it('refuses anything but eight digits not starting with 0', () => {
    expect(isValidCvr('1015081')).toBe(false);
    expect(isValidCvr('101508170')).toBe(false);
    expect(isValidCvr('1015 0817')).toBe(false);
    // 0·2 + 0·7 + … + 0 = 0 is divisible by 11, but no CVR number starts with 0.
    expect(isValidCvr('00000000')).toBe(false);
    expect(isValidCvr('')).toBe(false);
  });
});
