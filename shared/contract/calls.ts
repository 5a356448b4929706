import type { z } from 'zod';
import { appCalls } from './calls/appCalls';
import { delegheCalls } from './calls/delegheCalls';
import { sezioniCalls } from './calls/sezioniCalls';
import { quesitiCalls } from './calls/quesitiCalls';
import { listapospaCalls } from './calls/listapospaCalls';
import { listapospaRatesCalls } from './calls/listapospaRatesCalls';
import { payrollCalls } from './calls/payrollCalls';
import { sessionCalls } from './calls/sessionCalls';
import { fileCalls } from './calls/fileCalls';
import { cruscottoCalls } from './calls/cruscottoCalls';
import { scadenzarioCalls } from './calls/scadenzarioCalls';
import { auditCalls } from './calls/auditCalls';
import { listapospaReviewCalls } from './calls/listapospaReviewCalls';

export type { CallDefinition } from './define';
export { AppInfoSchema, type AppInfo } from './calls/appCalls';
export { ExportedFileSchema, type ExportedFile } from './calls/sezioniCalls';
export { type FileOutcome, type FileSource, type PickOutcome } from './calls/fileCalls';
export { FILE_PICK_KINDS, PICK_FILTERS, acceptOf, type FilePickKind } from './filePicks';

/**
 * Every call the renderer can make, one group per feature (calls/*.ts). Both ends are typed
 * from this object, and the dispatcher validates input and output against it at run time: the
 * renderer is not trusted.
 */
export const calls = {
  ...appCalls,
  ...sessionCalls,
  ...delegheCalls,
  ...sezioniCalls,
  ...quesitiCalls,
  ...listapospaCalls,
  ...listapospaRatesCalls,
  ...payrollCalls,
  ...fileCalls,
  ...cruscottoCalls,
  ...scadenzarioCalls,
  ...auditCalls,
  ...listapospaReviewCalls,
} as const;

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;
