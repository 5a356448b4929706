import type { Denuncia } from '../../../shared/domain/listapospa/model';
import type { RateOverrides } from '../../../shared/domain/listapospa/rates';
import {
  validateDraft as validateDraftWith,
  validateXml as validateXmlWith,
  type ValidationReport,
  type XsdPass,
} from '../../../shared/domain/listapospa/validation';
import { validateWithXsd, type XsdSource } from './xsdValidator';

/**
 * The app's and the CLI's validation: the shared path (shared/domain/listapospa/validation.ts)
 * with the XSD the user chose (the official one from Impostazioni, or the reconstructed one)
 * checked by libxml2 in a worker thread.
 */

export type { ValidationReport };

export interface ValidationOptions {
  xsd: XsdSource;
  /** Day of sending, ISO (decides e.g. whether causale 2 is still accepted). */
  dataInvio: string;
  overrides?: RateOverrides;
  /** Cancels the validation; its XSD worker is terminated. */
  signal?: AbortSignal;
  /** False: no denuncia in the report, each D0 checked as it is read (see the shared options). */
  keepModel?: boolean;
  /** True: the bytes go to the XSD worker instead of a copy of them (see the shared options). */
  handOverBytes?: boolean;
}

const passOf = (xsd: XsdSource): XsdPass => ({
  label: xsd.label,
  reconstructed: xsd.kind === 'ricostruito',
  run: (bytes, signal, handOver) => validateWithXsd(bytes, xsd, signal, handOver),
});

export const validateXml = (bytes: Uint8Array, options: ValidationOptions) =>
  validateXmlWith(bytes, { ...options, xsd: passOf(options.xsd) });

export const validateDraft = (denuncia: Denuncia, options: ValidationOptions) =>
  validateDraftWith(denuncia, { ...options, xsd: passOf(options.xsd) });
