import { readAmount, readBoolean, readCount, readDate, readList, readText, readUuid } from './kitos-cells';

describe('KITOS cells', () => {
  it('reads Ja/Nej booleans and leaves an empty cell unstated', () => {
    expect(readBoolean('Ja')).toEqual({ ok: true, value: true });
    expect(readBoolean(' nej ')).toEqual({ ok: true, value: false });
    expect(readBoolean('')).toEqual({ ok: true, value: null });
    expect(readBoolean('Måske')).toEqual({
      ok: false,
      problem: { message: 'import.error.boolean', params: { value: 'Måske' } },
    });
  });
  it('splits comma-separated values, dropping blanks and repeats', () => {
    expect(readList('KMD Sag, Outlook,,KMD Sag , ')).toEqual({ ok: true, value: ['KMD Sag', 'Outlook'] });
    expect(readList(null)).toEqual({ ok: true, value: [] });
  });
  it('reads Excel serial numbers as days from 30 December 1899', () => {
    // 45292 is 1 January 2024 in Excel; 1 is 31 December 1899 in this count (Excel shows 1900-01-01
    // only because of its phantom 29 February 1900, which no KITOS date reaches).
    expect(readDate(45292)).toEqual({ ok: true, value: '2024-01-01' });
    expect(readDate(45351.75)).toEqual({ ok: true, value: '2024-02-29' });
  });
  it('reads dates as date cells and as Danish text', () => {
    expect(readDate(new Date(Date.UTC(2023, 4, 17)))).toEqual({ ok: true, value: '2023-05-17' });
    expect(readDate('17-05-2023')).toEqual({ ok: true, value: '2023-05-17' });
    expect(readDate('1.2.2024')).toEqual({ ok: true, value: '2024-02-01' });
    expect(readDate('3. marts 2025')).toEqual({ ok: true, value: '2025-03-03' });
    expect(readDate('2025-12-31')).toEqual({ ok: true, value: '2025-12-31' });
    expect(readDate('')).toEqual({ ok: true, value: null });
  });
  it('refuses dates that are no day', () => {
    expect(readDate('31-02-2024').ok).toBe(false);
    expect(readDate('i morgen')).toEqual({
      ok: false,
      problem: { message: 'import.error.date', params: { value: 'i morgen' } },
    });
    expect(readDate(-3).ok).toBe(false);
  });
  it('refuses formulas and Excel errors instead of trusting their cached result', () => {
    expect(readText({ formula: 'A1&B1' })).toEqual({
      ok: false,
      problem: { message: 'import.error.formula' },
    });
    expect(readDate({ formula: 'TODAY()' })).toEqual({
      ok: false,
      problem: { message: 'import.error.formula' },
    });
    expect(readText({ error: '#REF!' })).toEqual({
      ok: false,
      problem: { message: 'import.error.cellError' },
    });
  });
  it('refuses control characters in text but keeps tabs and line breaks', () => {
    expect(readText('ESDH\u0000')).toEqual({
      ok: false,
      problem: { message: 'import.error.controlCharacters' },
    });
    expect(readText('a\u001bb').ok).toBe(false);
    expect(readText('linje 1\nlinje 2\t.')).toEqual({ ok: true, value: 'linje 1\nlinje 2\t.' });
  });
  it('reads counts, Danish amounts and UUIDs', () => {
    expect(readCount('12')).toEqual({ ok: true, value: 12 });
    expect(readCount('1,5').ok).toBe(false);
    expect(readAmount('12.345,67')).toEqual({ ok: true, value: 12345.67 });
    expect(readAmount('1.000 kr.')).toEqual({ ok: true, value: 1000 });
    expect(readAmount(99.999)).toEqual({ ok: true, value: 100 });
    expect(readUuid('1C1B3A0E-7B55-4F3B-9A7E-2D1F0B8C9D10')).toEqual({
      ok: true,
      value: '1c1b3a0e-7b55-4f3b-9a7e-2d1f0b8c9d10',
    });
    expect(readUuid('abc').ok).toBe(false);
  });
});
