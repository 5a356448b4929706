import { describe, expect, it } from 'vitest';
import * as codeTables from './codeTables';
import {
  CAUSALE_VARIAZIONE,
  CODICE_CESSAZIONE,
  COD_GESTIONE,
  COD_MOTIVO_UTILIZZO,
  COD_MOTIVO_UTILIZZO_CAUSALE_5,
  TIPO_IMPIEGO,
  TIPO_SERVIZIO,
  gestioneLabel,
  labelOf,
  lookupCode,
  type CodeTable,
} from './codeTables';

/** Every code table of the tracciato: whatever codeTables.ts exports as one. */
const TABLES = Object.values(codeTables).filter(
  (value): value is CodeTable => typeof value === 'object' && !Array.isArray(value) && 'entries' in value,
);

describe('code tables', () => {
  it('gives each option of a list its own label (58 and 59 no longer both read "Richiamo alle armi")', () => {
    for (const table of TABLES) {
      const labels = table.entries.map((entry) => entry.label);
      expect(new Set(labels).size, table.name).toBe(labels.length);
    }
    expect(labelOf(TIPO_SERVIZIO, '59')).toBe('Richiamo alle armi (variante 2 di 2)');
  });

  it('finds the 13 tables', () => {
    expect(TABLES.map((codeTable) => codeTable.name)).toHaveLength(13);
  });

  it.each(TABLES)('$name has unique codes, each with a label and a source', (codeTable) => {
    const codes = codeTable.entries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const entry of codeTable.entries) expect(entry.label.length).toBeGreaterThan(2);
    expect(codeTable.source).not.toBe('');
  });

  it('TipoImpiego knows the common codes', () => {
    expect(labelOf(TIPO_IMPIEGO, '1')).toBe('Tempo indeterminato (tempo pieno)');
    expect(labelOf(TIPO_IMPIEGO, '2')).toBe('Giornaliero');
    expect(labelOf(TIPO_IMPIEGO, '18')).toBe('Part-time (tempo determinato)');
    expect(lookupCode(TIPO_IMPIEGO, '15')).toBeUndefined();
  });

  it('TipoServizio 4 is servizio ordinario', () => {
    expect(labelOf(TIPO_SERVIZIO, '4')).toBe('Servizio ordinario');
  });

  it('causale 2 is valid up to 14/06/2019 and refused from 15/06/2019 (msg 914/2019)', () => {
    expect(lookupCode(CAUSALE_VARIAZIONE, '2', '2019-06-14')).toBeDefined();
    expect(lookupCode(CAUSALE_VARIAZIONE, '2', '2019-06-15')).toBeUndefined();
    expect(lookupCode(CAUSALE_VARIAZIONE, '5', '2026-01-01')).toBeDefined();
  });

  it('CodiceCessazione 12 stops after 01/2013; 60 APE sociale exists', () => {
    expect(lookupCode(CODICE_CESSAZIONE, '12', '2013-01-31')).toBeDefined();
    expect(lookupCode(CODICE_CESSAZIONE, '12', '2013-02-01')).toBeUndefined();
    expect(labelOf(CODICE_CESSAZIONE, '60')).toBe('Cessazione APE sociale');
  });

  it('CodMotivoUtilizzo has 11 codes for causale 7 and 2 for causale 5', () => {
    expect(COD_MOTIVO_UTILIZZO.entries.map((entry) => entry.code)).toEqual(
      Array.from({ length: 11 }, (_, index) => String(index + 1)),
    );
    expect(labelOf(COD_MOTIVO_UTILIZZO, '3')).toBe('Regolarizzazione da sentenza');
    expect(COD_MOTIVO_UTILIZZO_CAUSALE_5.entries).toHaveLength(2);
  });

  it('CodGestione maps the casse', () => {
    expect(labelOf(COD_GESTIONE, '2')).toMatch(/^CPDEL/);
    expect(labelOf(COD_GESTIONE, '9')).toMatch(/Fondo credito/);
    expect(lookupCode(COD_GESTIONE, '10')).toBeUndefined();
  });

  it('names a gestione by its code and sigla, the same on every screen and in the review PDF', () => {
    expect(gestioneLabel('2')).toBe('2 – CPDEL');
    expect(gestioneLabel('6')).toBe('6 – ex INADEL (TFS/TFR enti locali)');
    expect(gestioneLabel('10')).toBe('10');
  });
});
