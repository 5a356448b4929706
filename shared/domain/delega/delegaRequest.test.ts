import { describe, expect, it } from 'vitest';
import fixture from '../../../e2e/fixtures/delega-request.json';
import {
  conservareFino,
  dataFineDelega,
  delegaRequestSchema,
  fieldErrors,
  type DelegaRequestInput,
} from './index';

const base = fixture as DelegaRequestInput;

/** The field errors of the fixture with some fields replaced; {} when it validates. */
function errorsWith(change: (request: DelegaRequestInput) => DelegaRequestInput): Record<string, string> {
  const parsed = delegaRequestSchema.safeParse(change(structuredClone(base)));
  return parsed.success ? {} : fieldErrors(parsed.error);
}

describe('delegaRequestSchema', () => {
  it('names each field the form left empty, in Italian (not "Invalid input: expected string")', () => {
    const parsed = delegaRequestSchema.safeParse({
      intermediario: {
        codiceFiscale: 'RSSMRA80A01H501U',
        nome: 'Mario',
        cognome: 'Rossi',
        qualifica: 'avvocato',
      },
      ente: {},
      legaleRappresentante: {},
      servizi: ['cassetto_previdenziale'],
      durataMesi: 24,
    });
    expect(parsed.success).toBe(false);
    const errors = fieldErrors(parsed.error!);
    expect(errors).toMatchObject({
      'intermediario.ordine': "Inserisca l'ordine o albo.",
      'intermediario.provinciaOrdine': "Inserisca la sigla della provincia dell'ordine (es. PR).",
      'intermediario.pec': "Inserisca l'indirizzo PEC.",
      'ente.codiceFiscale': "Inserisca il codice fiscale dell'ente (11 cifre).",
      'ente.denominazione': "Inserisca la denominazione dell'ente.",
      'ente.progressivo': 'Inserisca il progressivo della posizione (5 cifre, es. 00001).',
      'legaleRappresentante.codiceFiscale': 'Inserisca il codice fiscale (16 caratteri).',
      dataInizio: 'Inserisca la data nel formato gg/mm/aaaa.',
      luogo: 'Inserisca il luogo di sottoscrizione.',
    });
    expect(Object.keys(errors)).toHaveLength(16);
    for (const message of Object.values(errors)) expect(message).not.toMatch(/Invalid|expected|received/);
  });

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

describe('delegaRequestSchema bounds and characters', () => {
  it('refuses a 50 KB PEC on its field with the RFC 5321 length, without looking further', () => {
    const errors = errorsWith((r) => ({ ...r, ente: { ...r.ente, pec: `${'a'.repeat(50_000)}@pec.it` } }));
    expect(errors).toEqual({ 'ente.pec': "L'indirizzo PEC supera i 254 caratteri." });
  });

  it('takes PEC addresses at the RFC 5321 limits and refuses one character more', () => {
    const local64 = `${'a'.repeat(64)}@pec.example.it`;
    expect(errorsWith((r) => ({ ...r, ente: { ...r.ente, pec: local64 } }))).toEqual({});
    expect(errorsWith((r) => ({ ...r, ente: { ...r.ente, pec: `a${local64}` } }))['ente.pec']).toMatch(
      /prima della @ supera i 64 caratteri/,
    );
    const label = 'b'.repeat(61);
    const address254 = `a@${[label, label, label, 'c'.repeat(63)].join('.')}.it`;
    expect(address254).toHaveLength(254);
    expect(errorsWith((r) => ({ ...r, intermediario: { ...r.intermediario, pec: address254 } }))).toEqual({});
    expect(
      errorsWith((r) => ({ ...r, intermediario: { ...r.intermediario, pec: `a${address254}` } }))[
        'intermediario.pec'
      ],
    ).toMatch(/supera i 254 caratteri/);
  });

  it.each([
    ['protocollo.pec.it', /manca la @/],
    ['a@b@pec.it', /più di una @/],
    ['.a@pec.it', /punto/],
    ['a@pec', /almeno un punto/],
    ['a@pec..it', /punto iniziale, finale o doppio/],
    ['a@-pec.it', /trattino/],
    ['a@pec.i1', /sole lettere/],
    ['mario rossi@pec.it', /Carattere non ammesso prima della @/],
    ['a@pèc.it', /Carattere non ammesso nel dominio: «è»/],
  ])('refuses the PEC %s with a reason', (pec, reason) => {
    expect(errorsWith((r) => ({ ...r, ente: { ...r.ente, pec } }))['ente.pec']).toMatch(reason);
  });

  it('bounds every text field, naming it', () => {
    const errors = errorsWith((r) => ({
      ...r,
      intermediario: { ...r.intermediario, studio: 'x'.repeat(161), nome: 'x'.repeat(121) },
      ente: { ...r.ente, denominazione: 'x'.repeat(201), codiceFiscale: '0'.repeat(100_000) },
      legaleRappresentante: { ...r.legaleRappresentante, carica: 'x'.repeat(121) },
      luogo: 'x'.repeat(121),
    }));
    expect(errors).toEqual({
      'intermediario.nome': 'Il nome supera i 120 caratteri.',
      'intermediario.studio': 'Lo studio professionale supera i 160 caratteri.',
      'ente.codiceFiscale': "Il codice fiscale dell'ente è di 11 cifre.",
      'ente.denominazione': "La denominazione dell'ente supera i 200 caratteri.",
      'legaleRappresentante.carica': 'La carica (es. sindaco, direttore generale) supera i 120 caratteri.',
      luogo: 'Il luogo di sottoscrizione supera i 120 caratteri.',
    });
  });

  it.each([
    ['a Chinese surname', '王', '«王» (U+738B)'],
    ['Greek letters', 'Παπαδόπουλος', '«Π» (U+03A0)'],
    ['Arabic letters', 'حداد', '«ح» (U+062D)'],
    ['Hebrew letters', 'כהן', '«כ» (U+05DB)'],
    ['an emoji', 'Rossi 😀', '«😀» (U+1F600)'],
    ['a tab', 'Ros\tsi', 'U+0009'],
    ['a zero-width space', 'Ros\u200bsi', 'U+200B'],
    ['a combining mark with no precomposed letter', 'Rossq\u0301', 'U+0301'],
  ])('refuses %s in a surname on its field, naming the character', (_, cognome, shown) => {
    const errors = errorsWith((r) => ({
      ...r,
      legaleRappresentante: { ...r.legaleRappresentante, cognome },
    }));
    expect(errors['legaleRappresentante.cognome']).toContain(
      `Il cognome contiene caratteri non ammessi: ${shown}`,
    );
    expect(errors['legaleRappresentante.cognome']).toContain('lettere latine (anche accentate)');
  });

  it('composes an accent typed as a combining mark (NFC) and keeps Latin Extended names', () => {
    const parsed = delegaRequestSchema.parse({
      ...base,
      legaleRappresentante: {
        ...base.legaleRappresentante,
        nome: 'Nicolo\u0300',
        cognome: 'Ștefănescu-Łukasz',
      },
    });
    expect(parsed.legaleRappresentante.nome).toBe('Nicolò');
    expect(parsed.legaleRappresentante.nome).toHaveLength(6);
    expect(parsed.legaleRappresentante.cognome).toBe('Ștefănescu-Łukasz');
  });
});

describe('delega dates', () => {
  it('ends the day before the same date N months later and is kept five more years', () => {
    expect(dataFineDelega('2026-12-01', 24)).toBe('2028-11-30');
    expect(dataFineDelega('2024-01-31', 1)).toBe('2024-02-28');
    expect(conservareFino('2028-11-30')).toBe('2033-11-30');
  });
});
