/**
 * How dates, months and amounts travel in the Cassetto API, its cache and the contract
 * (docs/architecture.md §5): ISO days and months, euro as a string with two decimals, never a
 * float. Each pattern is anchored and linear in its input.
 */
import { z } from 'zod';
import '../zod/italian';

/** AAAA-MM-GG. */
export const dataSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** AAAA-MM. */
export const meseSchema = z.string().regex(/^\d{4}-\d{2}$/);
/** Euro with exactly two decimals ("1234.56", "-0.50"). */
export const importoSchema = z.string().regex(/^-?\d+\.\d{2}$/);
