import { validateCodiceFiscale, validateCodiceFiscalePersona } from '../codiceFiscale';
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

export const FRONTESPIZIO_RULES: readonly DenunciaRule[] = [
  {
    name: 'cfMittenteValido',
    code: 'CE030',
    severity: 'bloccante',
    check(denuncia, _context, emit) {
      const result = validateCodiceFiscale(denuncia.datiMittente.cfMittente);
      if (!result.ok) emit('datiMittente.cfMittente', `CFMittente: ${result.error.message}`);
    },
  },
  {
    name: 'cfPersonaMittenteValido',
    code: 'CE031',
    severity: 'bloccante',
    check(denuncia, _context, emit) {
      const result = validateCodiceFiscale(denuncia.datiMittente.cfPersonaMittente);
      if (!result.ok) emit('datiMittente.cfPersonaMittente', `CFPersonaMittente: ${result.error.message}`);
    },
  },
  {
    name: 'cfRappresentanteFirmatarioValido',
    code: 'CE032',
    severity: 'bloccante',
    check(denuncia, _context, emit) {
      // A person signs: the XSD wants 16 characters here, never the 11 digits of an ente.
      const result = validateCodiceFiscalePersona(denuncia.azienda.listaPosPA.cfRappresentanteFirmatario);
      if (!result.ok) {
        emit(
          'azienda.listaPosPA.cfRappresentanteFirmatario',
          `CFRappresentanteFirmatario (codice fiscale di una persona): ${result.error.message}`,
        );
      }
    },
  },
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
  {
    name: 'cfSoftwarehouseValido',
    code: 'CE034',
    severity: 'bloccante',
    check(denuncia, _context, emit) {
      const value = denuncia.datiMittente.cfSoftwarehouse;
      // "00000000000" is what software without an INPS code writes (docs/uniemens.md §2): accepted.
      if (value === undefined || value === '' || value === '00000000000') return;
      const result = validateCodiceFiscale(value);
      if (!result.ok) emit('datiMittente.cfSoftwarehouse', `CFSoftwarehouse: ${result.error.message}`);
    },
  },
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
