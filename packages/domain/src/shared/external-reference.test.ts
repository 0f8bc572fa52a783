import { canKeepReferences, externalReferenceFields } from './external-reference';
import { checkRules } from './rule-errors';

describe('external references', () => {
  it('needs a title and keeps the document id and URL trimmed, empty when left out', () => {
    expect(
      checkRules(externalReferenceFields, {
        title: '  Kontrakt, bilag 3 ',
        url: ' https://esdh.norddal.dk/sag/17 ',
      }),
    ).toEqual({
      ok: true,
      data: { title: 'Kontrakt, bilag 3', documentId: '', url: 'https://esdh.norddal.dk/sag/17' },
      errors: [],
    });
    expect(
      checkRules(externalReferenceFields, { title: ' ', documentId: '27.24.00-G01-3-24' }).errors,
    ).toEqual([{ field: 'title', message: 'field.required' }]);
  });

  it('accepts only http and https addresses, so a link can never run script', () => {
    const url = (value: string) => checkRules(externalReferenceFields, { title: 'x', url: value }).errors;
    expect(url('http://intra.sovang.dk/docs?id=4')).toEqual([]);
    expect(url('HTTPS://example.dk')).toEqual([]);
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'www.kitos.dk',
      'https://',
      'https://a b',
    ]) {
      expect(url(bad)).toEqual([{ field: 'url', message: 'field.url' }]);
    }
    expect(url(`https://e.dk/${'a'.repeat(2_000)}`)).toEqual([
      { field: 'url', message: 'field.tooLong', params: { max: 2_000 } },
    ]);
  });

  it('lets those who edit the subject’s area keep its references', () => {
    expect(canKeepReferences('SYSTEM_USAGE')(['SYSTEM_OWNER'])).toBe(true);
    expect(canKeepReferences('DATA_SOURCE')(['SYSTEM_OWNER'])).toBe(true);
    expect(canKeepReferences('CONTRACT')(['SYSTEM_OWNER'])).toBe(false);
    expect(canKeepReferences('CONTRACT')(['CONTRACT_MANAGER'])).toBe(true);
    expect(canKeepReferences('PROJECT')(['PROJECT_LEAD'])).toBe(true);
    expect(canKeepReferences('BENEFIT')(['PROJECT_COORDINATOR'])).toBe(true);
    for (const subject of ['SYSTEM_USAGE', 'DATA_SOURCE', 'CONTRACT', 'PROJECT', 'BENEFIT'] as const) {
      expect(canKeepReferences(subject)(['READER'])).toBe(false);
    }
  });
});
