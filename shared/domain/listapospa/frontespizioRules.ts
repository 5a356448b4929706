import {
  validateCodiceFiscale,
  validateCodiceFiscalePersona,
  type CodiceFiscaleResult,
} from '../codiceFiscale';
import type { Denuncia } from './model';
import type { DenunciaRule } from './rules';

/**
 * Rules on the frontespizio (DatiMittente and the header of Azienda/ListaPosPA), which the user
 * edits in the "Frontespizio" panel. INPS codes for these checks are not known (docs/uniemens.md §4):
 * our own CE03x codes. Kept apart from rules.ts so that the header can grow without touching the
 * per-D0 rules; DENUNCIA_RULES spreads them.
 */

const TESTO_MAX = 100; // RagSoc* are "Testo" in the reconstructed XSD: 1 to 100 characters.

function testo(value: string, field: string): string | null {
  if (value.trim() === '') return `${field} è obbligatoria.`;
  if (value.length > TESTO_MAX) return `${field} supera i ${TESTO_MAX} caratteri (${value.length}).`;
  return null;
}

/**
 * A blocking rule on one codice fiscale of the frontespizio, at `path`; its message begins with
 * `label`, the element's name in the file. A `value` of undefined is a field left out on purpose.
 */
function codiceFiscaleRule(rule: {
  name: string;
  code: string;
  path: string;
  label: string;
  value: (denuncia: Denuncia) => string | undefined;
  validate?: (value: string) => CodiceFiscaleResult<unknown>;
}): DenunciaRule {
  const { path, label, value, validate = validateCodiceFiscale } = rule;
  return {
    name: rule.name,
    code: rule.code,
    severity: 'bloccante',
    check(denuncia, _context, emit) {
      const given = value(denuncia);
      if (given === undefined) return;
      const result = validate(given);
      if (!result.ok) emit(path, `${label}: ${result.error.message}`);
    },
  };
}

export const FRONTESPIZIO_RULES: readonly DenunciaRule[] = [
  codiceFiscaleRule({
    name: 'cfMittenteValido',
    code: 'CE030',
    path: 'datiMittente.cfMittente',
    label: 'CFMittente',
    value: (denuncia) => denuncia.datiMittente.cfMittente,
  }),
  codiceFiscaleRule({
    name: 'cfPersonaMittenteValido',
    code: 'CE031',
    path: 'datiMittente.cfPersonaMittente',
    label: 'CFPersonaMittente',
    value: (denuncia) => denuncia.datiMittente.cfPersonaMittente,
  }),
  codiceFiscaleRule({
    name: 'cfRappresentanteFirmatarioValido',
    code: 'CE032',
    path: 'azienda.listaPosPA.cfRappresentanteFirmatario',
    label: 'CFRappresentanteFirmatario (codice fiscale di una persona)',
    value: (denuncia) => denuncia.azienda.listaPosPA.cfRappresentanteFirmatario,
    // A person signs: the XSD wants 16 characters here, never the 11 digits of an ente.
    validate: validateCodiceFiscalePersona,
  }),
  {
    name: 'ragioniSocialiPresenti',
    code: 'CE033',
    severity: 'bloccante',
    check(denuncia, _context, emit) {
      const mittente = testo(denuncia.datiMittente.ragSocMittente, 'La ragione sociale del mittente');
      if (mittente) emit('datiMittente.ragSocMittente', mittente);
      const azienda = testo(denuncia.azienda.ragSocAzienda, 'La ragione sociale dell’ente');
      if (azienda) emit('azienda.ragSocAzienda', azienda);
    },
  },
  codiceFiscaleRule({
    name: 'cfSoftwarehouseValido',
    code: 'CE034',
    path: 'datiMittente.cfSoftwarehouse',
    label: 'CFSoftwarehouse',
    value: (denuncia) => {
      const value = denuncia.datiMittente.cfSoftwarehouse;
      // "00000000000" is what software without an INPS code writes (docs/uniemens.md §2): accepted.
      return value === '' || value === '00000000000' ? undefined : value;
    },
  }),
  {
    name: 'formaGiuridicaQuattroCifre',
    code: 'CE035',
    severity: 'avviso',
    check(denuncia, _context, emit) {
      const value = denuncia.azienda.listaPosPA.formaGiuridica;
      // Meaning and table not confirmed (docs/uniemens.md §7): only the shape of the known value 2430.
      if (value !== undefined && value !== '' && !/^\d{4}$/.test(value)) {
        emit(
          'azienda.listaPosPA.formaGiuridica',
          'FormaGiuridica è di solito un codice di quattro cifre (es. 2430): verifica il valore.',
        );
      }
    },
  },
];
