import { effectivePayload, normalisePayload, payloadErrors, UNDECLARED_PAYLOAD } from './data-payload';

describe('data payloads', () => {
  it("uses an integration's own declaration, else its interface's, else none", () => {
    const own = { dataTypes: ['CASE'] as const, registerFamilies: [] };
    const itf = { dataTypes: ['PERSON'] as const, registerFamilies: ['CPR'] as const };
    expect(effectivePayload(own, itf)).toBe(own);
    expect(effectivePayload(UNDECLARED_PAYLOAD, itf)).toBe(itf);
    expect(effectivePayload(null, undefined)).toEqual(UNDECLARED_PAYLOAD);
  });

  it('refuses unknown or repeated values and register families without a data type', () => {
    expect(payloadErrors({ dataTypes: ['PERSON'], registerFamilies: ['CPR'] })).toEqual([]);
    expect(payloadErrors({})).toEqual([]);
    expect(payloadErrors({ dataTypes: ['PERSONS'] })).toEqual(['dataTypes']);
    expect(payloadErrors({ dataTypes: ['CASE', 'CASE'] })).toEqual(['dataTypes']);
    expect(payloadErrors({ dataTypes: [], registerFamilies: ['CPR'] })).toEqual(['registerFamilies']);
    expect(payloadErrors({ dataTypes: ['PERSON'], registerFamilies: ['SKAT'] })).toEqual([
      'registerFamilies',
    ]);
  });

  it('sorts a payload into list order', () => {
    expect(normalisePayload({ dataTypes: ['GIS', 'PERSON'], registerFamilies: ['DAR', 'CPR'] })).toEqual({
      dataTypes: ['PERSON', 'GIS'],
      registerFamilies: ['CPR', 'DAR'],
    });
  });
});
