import { describe, expect, it } from 'vitest';
import { validateCodiceFiscaleEnte, validateCodiceFiscalePersona } from '../../shared/domain/codiceFiscale';
import { ricercaSchema } from '../../shared/domain/cassettoApi';
import { ABILITAZIONI } from './abilitazioni';
import { ENTI, POSIZIONI, POSIZIONE_KEYS, posizioneIdOf } from './enti';
import { PERSONAE, PERSONA_KEYS } from './personae';

describe('seed data', () => {
  it.each(PERSONAE.map((persona) => [persona.key, persona.codiceFiscale]))(
    'persona %s has a valid codice fiscale (%s)',
    (_key, codiceFiscale) => {
      expect(validateCodiceFiscalePersona(codiceFiscale).ok).toBe(true);
    },
  );

  it('includes an omocodic codice fiscale', () => {
    const omocodic = PERSONAE.filter((persona) => {
      const result = validateCodiceFiscalePersona(persona.codiceFiscale);
      return result.ok && result.value.omocodico;
    });
    expect(omocodic.map((persona) => persona.key)).toEqual(['cittadino']);
  });

  it.each(ENTI.map((ente) => [ente.denominazione, ente.codiceFiscale]))(
    '%s has a valid codice fiscale (%s)',
    (_name, codiceFiscale) => {
      expect(validateCodiceFiscaleEnte(codiceFiscale).ok).toBe(true);
    },
  );

  it('has unique keys and codici fiscali, one persona per listed key', () => {
    expect(PERSONAE.map((persona) => persona.key)).toEqual([...PERSONA_KEYS]);
    expect(new Set(PERSONAE.map((persona) => persona.codiceFiscale)).size).toBe(PERSONAE.length);
    expect(POSIZIONI.map((posizione) => posizione.key)).toEqual([...POSIZIONE_KEYS]);
    expect(new Set(POSIZIONI.map(posizioneIdOf)).size).toBe(POSIZIONI.length);
  });

  it('covers a comune, an ASL, a ministry office and a school', () => {
    expect(new Set(ENTI.map((ente) => ente.tipoEnte))).toEqual(
      new Set([
        'comune',
        'unione_comuni',
        'azienda_sanitaria',
        'amministrazione_statale',
        'istituzione_scolastica',
      ]),
    );
  });

  it('gives every posizione an existing ente and a 5-digit progressivo', () => {
    for (const posizione of POSIZIONI) {
      expect(ENTI.some((ente) => ente.codiceFiscale === posizione.codiceFiscaleEnte)).toBe(true);
      expect(posizione.progressivo).toMatch(/^\d{5}$/);
    }
  });

  it('has expected Ricerche that match the API schema shape', () => {
    for (const persona of PERSONAE) {
      const rows = persona.ricercaAttesa.map(({ posizione, ruolo }) => {
        const seed = POSIZIONI.find((candidate) => candidate.key === posizione);
        const ente = ENTI.find((candidate) => candidate.codiceFiscale === seed?.codiceFiscaleEnte);
        if (!seed || !ente) throw new Error(`${persona.key}: ${posizione} sconosciuta`);
        return {
          id: posizioneIdOf(seed),
          codiceFiscaleEnte: seed.codiceFiscaleEnte,
          progressivo: seed.progressivo,
          denominazione: seed.denominazione,
          sedeInps: seed.sedeInps,
          tipoEnte: ente.tipoEnte,
          ruolo,
        };
      });
      expect(ricercaSchema.safeParse(rows).success).toBe(true);
    }
  });

  it('gives the intermediario exactly three active deleghe and the subdelegato one sub-abilitazione', () => {
    const active = (key: string) =>
      ABILITAZIONI.filter((row) => row.persona === key && row.stato === 'attiva');
    expect(active('intermediario')).toHaveLength(3);
    expect(active('subdelegato')).toHaveLength(1);
    expect(active('subdelegato')[0]?.delegante).toBe('intermediario');
  });
});
