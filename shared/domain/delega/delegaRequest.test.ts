import { describe, expect, it } from 'vitest';
import fixture from '../../../e2e/fixtures/delega-request.json';
import { conservareFino, dataFineDelega, delegaRequestSchema, fieldErrors } from './index';

describe('delegaRequestSchema', () => {
  it('accepts the documented example', () => {
    const parsed = delegaRequestSchema.safeParse(fixture);
    expect(parsed.success).toBe(true);
  });

  it('puts each error on its field, in Italian', () => {
    const parsed = delegaRequestSchema.safeParse({
      ...fixture,
      intermediario: { ...fixture.intermediario, codiceFiscale: 'RMNFNC75B49H223X' },
      ente: { ...fixture.ente, codiceFiscale: '02246800343', progressivo: '1' },
      dataInizio: '2026-02-30',
      servizi: [],
    });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const errors = fieldErrors(parsed.error);
    expect(errors['intermediario.codiceFiscale']).toMatch(/carattere di controllo/);
    expect(errors['ente.codiceFiscale']).toMatch(/cifra di controllo/);
    expect(errors['ente.progressivo']).toMatch(/5 cifre/);
    expect(errors['dataInizio']).toMatch(/inesistente/);
    expect(errors['servizi']).toMatch(/almeno un servizio/);
  });

  it('normalises codici fiscali typed in lower case with spaces', () => {
    const parsed = delegaRequestSchema.parse({
      ...fixture,
      intermediario: { ...fixture.intermediario, codiceFiscale: ' rmnfnc75b49h223f ' },
    });
    expect(parsed.intermediario.codiceFiscale).toBe('RMNFNC75B49H223F');
  });
});

describe('delega dates', () => {
  it('ends the day before the same date N months later and is kept five more years', () => {
    expect(dataFineDelega('2026-12-01', 24)).toBe('2028-11-30');
    expect(dataFineDelega('2024-01-31', 1)).toBe('2024-02-28');
    expect(conservareFino('2028-11-30')).toBe('2033-11-30');
  });
});
