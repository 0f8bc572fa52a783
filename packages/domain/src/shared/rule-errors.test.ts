import { z } from 'zod';
import { checkRules, fieldAndCrossFieldErrors, rule } from './rule-errors';

const schema = z
  .object({
    name: z.string().trim().min(1).max(5),
    code: z.string().min(3).optional(),
    count: z.number().int().min(1).max(9).optional(),
    day: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    amount: z.number().optional(),
  })
  .refine((v) => v.name !== 'bad', rule('field.invalid', 'name'));

describe('checkRules', () => {
  it('passes the parsed data through when every rule holds', () => {
    expect(checkRules(schema, { name: ' ok ' })).toEqual({ ok: true, data: { name: 'ok' }, errors: [] });
  });

  it('turns zod issues into message keys with their limits, keyed by field path', () => {
    const result = checkRules(schema, {
      name: 'toolong',
      code: 'ab',
      count: 10,
      day: '1/2/2026',
      amount: 'x',
    });
    expect(result.errors).toEqual([
      { field: 'name', message: 'field.tooLong', params: { max: 5 } },
      { field: 'code', message: 'field.tooShort', params: { min: 3 } },
      { field: 'count', message: 'field.max', params: { max: 9 } },
      { field: 'day', message: 'field.invalid' },
      { field: 'amount', message: 'field.invalid' },
    ]);
  });

  it('reads a blank value as required, not invalid', () => {
    expect(checkRules(schema, { name: '  ', day: '' }).errors).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'day', message: 'field.required' },
    ]);
    expect(checkRules(schema, {}).errors).toEqual([{ field: 'name', message: 'field.required' }]);
  });

  it('reports a refinement with its own key, and a fraction as not whole', () => {
    expect(checkRules(schema, { name: 'bad' }).errors).toEqual([{ field: 'name', message: 'field.invalid' }]);
    expect(checkRules(schema, { name: 'a', count: 1.5 }).errors).toEqual([
      { field: 'count', message: 'field.integer' },
    ]);
  });

  it('reads an unchosen enum value as required and an unknown one as invalid', () => {
    const pick = z.object({ colour: z.enum(['GREEN', 'RED']) });
    expect(checkRules(pick, { colour: null }).errors).toEqual([
      { field: 'colour', message: 'field.required' },
    ]);
    expect(checkRules(pick, { colour: '' }).errors).toEqual([{ field: 'colour', message: 'field.required' }]);
    expect(checkRules(pick, { colour: 'BLUE' }).errors).toEqual([
      { field: 'colour', message: 'field.invalid' },
    ]);
  });
});

describe('fieldAndCrossFieldErrors', () => {
  const fields = z.object({ from: z.string().max(3), list: z.array(z.enum(['A'])).optional() });
  const across = z
    .object({ from: z.string().catch(''), to: z.string().catch(''), list: z.array(z.string()).catch([]) })
    .refine((v) => v.from !== v.to, rule('field.integrationToItself', 'to'))
    .refine((v) => v.list.length < 2, rule('field.invalid', 'list'));

  it('adds the cross-field errors on fields without an error of their own', () => {
    expect(fieldAndCrossFieldErrors(fields, across, { from: 'toolong', to: 'toolong' })).toEqual([
      { field: 'from', message: 'field.tooLong', params: { max: 3 } },
      { field: 'to', message: 'field.integrationToItself' },
    ]);
  });

  it('lets an error on a list item speak for the list', () => {
    expect(fieldAndCrossFieldErrors(fields, across, { from: 'a', to: 'b', list: ['B', 'C'] })).toEqual([
      { field: 'list.0', message: 'field.invalid' },
      { field: 'list.1', message: 'field.invalid' },
    ]);
  });
});
