import { z } from 'zod';
import { NoInput, defineCall } from '../define';

/** A percentage as the rate tables write it: dot separator, up to four decimals, 0 to 100. */
export const RatePercentSchema = z
  .string()
  .max(8, 'Aliquota non valida: usa un numero come 8.85 (al massimo quattro decimali).')
  .regex(
    /^\d{1,3}(\.\d{1,4})?$/,
    'Aliquota non valida: usa un numero come 8.85 (al massimo quattro decimali).',
  )
  .refine((value) => Number(value) <= 100, 'Aliquota non valida: non può superare il 100%.');

/** User overrides of the ListaPosPA rates: key `${kind}:${codGestione}` (rates.ts) → total percentage. */
export const RateOverridesSchema = z.record(z.string().regex(/^[A-Za-z]+:\d{1,2}$/), RatePercentSchema);

export const listapospaRatesCalls = {
  'listapospa.rates.get': defineCall({
    input: NoInput,
    output: z.object({ overrides: RateOverridesSchema }),
    errors: ['INVALID_INPUT'],
  }),
  /** Sets the total percentage of one rate of the tables (rates.ts), or removes the override with null. */
  'listapospa.rates.set': defineCall({
    input: z
      .object({
        kind: z.enum(['pensionistica', 'TFS', 'TFR', 'TFRUlterioriElem', 'credito', 'ENPDEP', 'ENAM']),
        codGestione: z
          .string()
          .max(2)
          .regex(/^\d{1,2}$/),
        totale: RatePercentSchema.nullable(),
      })
      .strict(),
    output: z.object({ overrides: RateOverridesSchema }),
    errors: ['INVALID_INPUT'],
  }),
} as const;
