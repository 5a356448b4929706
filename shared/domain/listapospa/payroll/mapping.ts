import { z } from 'zod';
import { PAYROLL_FIELDS, PAYROLL_FIELD_BY_ID } from './fields';

/**
 * How a payroll file's columns fill the fields of D0, E0 and the gestioni (fields.ts), with the
 * file's number and date formats. Saved per ente and proposed again for the next file; the
 * template's headers (and the XML names) map by themselves.
 */

export const NUMBER_FORMATS = ['it', 'en'] as const;
export const DATE_FORMATS = ['gg/mm/aaaa', 'aaaa-mm-gg', 'gg-mm-aaaa', 'gg.mm.aaaa'] as const;
export const MAX_COLUMNS = 200;
export const MAX_HEADER_LENGTH = 200;

const fieldId = z
  .string()
  .max(80)
  .refine((id) => PAYROLL_FIELD_BY_ID.has(id), 'Campo di destinazione sconosciuto.');

export const PayrollMappingSchema = z
  .object({
    /** In the file's order; `field` null: the column is ignored. */
    columns: z
      .array(z.object({ header: z.string().max(MAX_HEADER_LENGTH), field: fieldId.nullable() }).strict())
      .max(MAX_COLUMNS),
    numberFormat: z.enum(NUMBER_FORMATS),
    dateFormat: z.enum(DATE_FORMATS),
  })
  .strict()
  .superRefine((mapping, context) => {
    const seen = new Map<string, string>();
    mapping.columns.forEach((column, index) => {
      if (!column.field) return;
      const other = seen.get(column.field);
      if (other !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['columns', index, 'field'],
          message: `Le colonne «${other}» e «${column.header}» sono associate allo stesso campo «${PAYROLL_FIELD_BY_ID.get(column.field)?.header ?? column.field}»: scegline una.`,
        });
      }
      seen.set(column.field, column.header);
    });
  });

export type PayrollMapping = z.infer<typeof PayrollMappingSchema>;
export type NumberFormat = PayrollMapping['numberFormat'];
export type DateFormat = PayrollMapping['dateFormat'];

/** "Codice fiscale  Lavoratore" → "codice fiscale lavoratore": headers compare without case, accents or punctuation. */
export function normaliseHeader(header: string): string {
  return header
    .slice(0, MAX_HEADER_LENGTH)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

const KNOWN_HEADERS: ReadonlyMap<string, string> = new Map(
  PAYROLL_FIELDS.flatMap((field) => [
    [normaliseHeader(field.header), field.id],
    [normaliseHeader(field.xml), field.id],
    [normaliseHeader(field.id), field.id],
  ]),
);

/**
 * The mapping to propose for a file with these headers: the saved one's choices where a header
 * is the same, else the template's field of that name, else ignored. A field is given to one
 * column only (the first that claims it).
 */
export function proposeMapping(headers: readonly string[], saved?: PayrollMapping | null): PayrollMapping {
  const savedByHeader = new Map(
    (saved?.columns ?? []).map((column) => [normaliseHeader(column.header), column.field]),
  );
  const taken = new Set<string>();
  const columns = headers.slice(0, MAX_COLUMNS).map((raw) => {
    const header = raw.slice(0, MAX_HEADER_LENGTH);
    const key = normaliseHeader(header);
    const field = savedByHeader.has(key)
      ? (savedByHeader.get(key) ?? null)
      : (KNOWN_HEADERS.get(key) ?? null);
    if (!field || taken.has(field)) return { header, field: null };
    taken.add(field);
    return { header, field };
  });
  return {
    columns,
    numberFormat: saved?.numberFormat ?? 'it',
    dateFormat: saved?.dateFormat ?? 'gg/mm/aaaa',
  };
}

/** Whether a saved mapping speaks of these very headers (then it is proposed as it is). */
export function mappingFits(mapping: PayrollMapping, headers: readonly string[]): boolean {
  return (
    mapping.columns.length === headers.length &&
    mapping.columns.every(
      (column, index) => normaliseHeader(column.header) === normaliseHeader(headers[index] ?? ''),
    )
  );
}
