import type { PlanLine } from './import-plan.types';
import { holdConflicts, updatedObjectId } from './kitos-sync-conflicts';

const line = (status: PlanLine<unknown>['status'], usageId: string | null): PlanLine<unknown> => ({
  row: 2,
  name: 'x',
  status,
  errors: [],
  warnings: [],
  changes: [],
  action: status === 'ERROR' ? null : { usageId },
});

describe('objects changed on both sides since the last sync', () => {
  const synced = new Date('2026-12-01T10:00:00Z');
  const changed = new Map([
    ['after', new Date('2026-12-01T10:00:01Z')],
    ['before', new Date('2026-12-01T09:59:59Z')],
    ['same', new Date('2026-12-01T10:00:00Z')],
  ]);

  it('holds back an update of an object Overblik changed after the last sync, and only that', () => {
    const lines = [
      line('UPDATE', 'after'),
      line('UPDATE', 'before'),
      line('UPDATE', 'same'),
      line('UNCHANGED', 'after'),
      line('CREATE', null),
    ];
    const { apply, conflicts } = holdConflicts('USAGE_OVERVIEW', lines, synced, changed);
    expect(conflicts.map((c) => [c.objectId, c.changedAt.toISOString()])).toEqual([
      ['after', '2026-12-01T10:00:01.000Z'],
    ]);
    expect(apply).toEqual(lines.slice(1));
  });

  it('has no conflicts before the first sync', () => {
    expect(holdConflicts('USAGE_OVERVIEW', [line('UPDATE', 'after')], null, changed).conflicts).toEqual([]);
  });

  it('reads the object id each kind’s action names', () => {
    const unit = { ...line('UPDATE', null), action: { unitId: 'u' } };
    expect(updatedObjectId('UNIT_TEMPLATE', unit)).toBe('u');
    expect(updatedObjectId('USAGE_OVERVIEW', unit)).toBeNull();
    expect(updatedObjectId('UNIT_TEMPLATE', { ...unit, status: 'CREATE' })).toBeNull();
  });
});
