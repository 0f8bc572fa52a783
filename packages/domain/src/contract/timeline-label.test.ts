import { timelineLabels, type TimelineLabelContract } from './timeline-label';

const contract = (
  id: string,
  name: string,
  systemNames: string[] = [],
  supplierName: string | null = 'KMD',
) => ({ id, name, supplierName, systemNames }) satisfies TimelineLabelContract;

const labels = (...args: Parameters<typeof timelineLabels>) => Object.fromEntries(timelineLabels(...args));

describe('timelineLabels', () => {
  it('names the covered system when the names of a supplier’s contracts start alike', () => {
    const group = [
      contract('a', 'Drift, vedligehold og licens: Opus Økonomi', ['Opus Økonomi']),
      contract('b', 'Drift, vedligehold og licens: Opus Løn', ['Opus Løn']),
    ];
    expect(labels(group, 'supplier')).toEqual({ a: 'Opus Økonomi', b: 'Opus Løn' });
  });

  it('lists several covered systems once each, in the given order', () => {
    const group = [contract('a', 'Rammeaftale', ['Sag', 'Dok', 'Sag'])];
    expect(labels(group, 'supplier')).toEqual({ a: 'Sag, Dok' });
  });

  it('keeps the name for contracts covering the same system (a main contract and its add-on)', () => {
    const group = [
      contract('main', 'Drift, vedligehold og licens: Omsorg', ['Omsorgssystem']),
      contract('addon', 'Tillægsaftale: mobil dokumentation', ['omsorgssystem']),
      contract('other', 'Drift, vedligehold og licens: Booking', ['Booking']),
    ];
    expect(labels(group, 'supplier')).toEqual({
      main: 'Drift, vedligehold og licens: Omsorg',
      addon: 'Tillægsaftale: mobil dokumentation',
      other: 'Booking',
    });
  });

  it('keeps the name of a contract covering no system when grouped by supplier (the heading names it)', () => {
    const group = [contract('h', 'Hosting- og driftsaftale', [], 'SkyDrift')];
    expect(labels(group, 'supplier')).toEqual({ h: 'Hosting- og driftsaftale' });
  });

  it('names the supplier when grouped by unit and the systems do not tell the contracts apart', () => {
    const group = [
      contract('h', 'Hosting- og driftsaftale', [], 'SkyDrift'),
      contract('w', 'Support- og netværksaftale', [], 'SikkerNet'),
      contract('x', 'Licens: ESDH', ['ESDH'], 'Fujitsu'),
      contract('y', 'Support: ESDH', ['ESDH'], 'Netcompany'),
    ];
    expect(labels(group, 'unit')).toEqual({ h: 'SkyDrift', w: 'SikkerNet', x: 'Fujitsu', y: 'Netcompany' });
  });

  it('falls back to the name when neither systems nor supplier differ, or the supplier is unknown', () => {
    const group = [
      contract('a', 'Konsulentaftale 2026', [], 'Indsigt'),
      contract('b', 'Konsulentaftale 2027', [], 'Indsigt'),
      contract('c', 'Aftale uden leverandør', [], null),
    ];
    expect(labels(group, 'unit')).toEqual({
      a: 'Konsulentaftale 2026',
      b: 'Konsulentaftale 2027',
      c: 'Aftale uden leverandør',
    });
  });

  it('gives way to the name when a chosen part equals another contract’s label', () => {
    const group = [contract('a', 'Opus', [], 'KMD'), contract('b', 'Licensaftale', ['Opus'], 'KMD')];
    expect(labels(group, 'supplier')).toEqual({ a: 'Opus', b: 'Licensaftale' });
  });
});
