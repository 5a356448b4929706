/**
 * Queries on the sandbox's INPS archive. The rules of who reaches which posizione live in
 * `ricercaQuery`, used both for the Ricerca and for the check on a single posizione, so the two
 * cannot disagree.
 */
import { RUOLI_POSIZIONE } from '../../shared/domain/cassettoApi';
import type {
  AnagraficaPosizione,
  PosizioneContributiva,
  RuoloPosizione,
  TipoEnte,
} from '../../shared/domain/cassettoApi';
import type { ProfiloInps } from '../seed/personae';
import type { StatoAbilitazione } from '../seed/abilitazioni';
import type { Row } from './rows';
import { optionalText, text } from './rows';
import type { Database } from './sqlite';
import { allRows, getRow } from './sqlite';

export interface PersonaRecord {
  codiceFiscale: string;
  nome: string;
  cognome: string;
  email: string;
  profilo: ProfiloInps | null;
}

export interface NewAbilitazione {
  codiceFiscale: string;
  posizioneId: string;
  ruolo: RuoloPosizione;
  stato: StatoAbilitazione;
  deleganteCodiceFiscale?: string;
  dataInizio: string;
}

/**
 * An abilitazione opens a posizione when it is active and its holder has an INPS profile; an
 * intermediario's needs the intermediario profile; a sub-abilitazione also needs its
 * intermediario's delega on the same posizione to be active (circ. 34/2023 §2 b).
 */
/**
 * An intermediario's title holds while no delega of theirs on the posizione is on record, or
 * one on record is active and not past its end (a delega lasts for its stated duration).
 */
const delegaInCorso = (alias: string) => `(
    NOT EXISTS (SELECT 1 FROM deleghe d
      WHERE d.intermediario_codice_fiscale = ${alias}.codice_fiscale AND d.posizione_id = ${alias}.posizione_id
        AND d.stato = 'attiva')
    OR EXISTS (SELECT 1 FROM deleghe d
      WHERE d.intermediario_codice_fiscale = ${alias}.codice_fiscale AND d.posizione_id = ${alias}.posizione_id
        AND d.stato = 'attiva' AND d.data_fine >= date('now')))`;

const ricercaQuery = `
  SELECT p.id, p.codice_fiscale_ente, p.progressivo, p.denominazione, p.sede_inps, e.tipo_ente, a.ruolo
  FROM abilitazioni a
  JOIN persone pe ON pe.codice_fiscale = a.codice_fiscale
  JOIN posizioni p ON p.id = a.posizione_id
  JOIN enti e ON e.codice_fiscale = p.codice_fiscale_ente
  WHERE a.codice_fiscale = :cf
    AND a.stato = 'attiva'
    AND pe.profilo IS NOT NULL
    AND (a.ruolo <> 'intermediario' OR (pe.profilo = 'intermediario' AND ${delegaInCorso('a')}))
    AND (a.ruolo <> 'subdelegato' OR EXISTS (
      SELECT 1 FROM abilitazioni i
      JOIN persone ip ON ip.codice_fiscale = i.codice_fiscale
      WHERE i.codice_fiscale = a.delegante_codice_fiscale
        AND i.posizione_id = a.posizione_id
        AND i.ruolo = 'intermediario'
        AND i.stato = 'attiva'
        AND ip.profilo = 'intermediario'
        AND ${delegaInCorso('i')}))
`;

function toPosizione(row: Row): PosizioneContributiva {
  return {
    id: text(row, 'id'),
    codiceFiscaleEnte: text(row, 'codice_fiscale_ente'),
    progressivo: text(row, 'progressivo'),
    denominazione: text(row, 'denominazione'),
    sedeInps: text(row, 'sede_inps'),
    tipoEnte: text(row, 'tipo_ente') as TipoEnte,
    ruolo: text(row, 'ruolo') as RuoloPosizione,
  };
}

/** One row per posizione: when a person reaches it in two ways, the stronger role is shown. */
function strongestPerPosizione(rows: PosizioneContributiva[]): PosizioneContributiva[] {
  const byId = new Map<string, PosizioneContributiva>();
  for (const row of rows) {
    const current = byId.get(row.id);
    if (!current || RUOLI_POSIZIONE.codes.indexOf(row.ruolo) < RUOLI_POSIZIONE.codes.indexOf(current.ruolo)) {
      byId.set(row.id, row);
    }
  }
  return [...byId.values()].sort(
    (a, b) =>
      a.denominazione.localeCompare(b.denominazione, 'it') || a.progressivo.localeCompare(b.progressivo),
  );
}

export class CassettoStore {
  constructor(private readonly db: Database) {}

  findPersona(codiceFiscale: string): PersonaRecord | undefined {
    const row = getRow(this.db, 'SELECT * FROM persone WHERE codice_fiscale = ?', [codiceFiscale]);
    if (!row) return undefined;
    return {
      codiceFiscale: text(row, 'codice_fiscale'),
      nome: text(row, 'nome'),
      cognome: text(row, 'cognome'),
      email: text(row, 'email'),
      profilo: optionalText(row, 'profilo') as ProfiloInps | null,
    };
  }

  /** The Ricerca: the posizioni the person may open, with the role that opens each. */
  ricerca(codiceFiscale: string): PosizioneContributiva[] {
    const rows = allRows(this.db, ricercaQuery, { ':cf': codiceFiscale });
    return strongestPerPosizione(rows.map(toPosizione));
  }

  /** The posizione as the person reaches it, or undefined when they have no title to it. */
  accessiblePosizione(codiceFiscale: string, posizioneId: string): PosizioneContributiva | undefined {
    const rows = allRows(this.db, `${ricercaQuery} AND p.id = :id`, {
      ':cf': codiceFiscale,
      ':id': posizioneId,
    });
    return strongestPerPosizione(rows.map(toPosizione))[0];
  }

  anagrafica(posizione: PosizioneContributiva): AnagraficaPosizione {
    const row = getRow(
      this.db,
      `SELECT p.gestioni, p.data_iscrizione, p.stato, e.comparto, e.codice_ipa, e.indirizzo, e.cap, e.comune, e.provincia, e.pec, e.legale_rappresentante
       FROM posizioni p JOIN enti e ON e.codice_fiscale = p.codice_fiscale_ente WHERE p.id = ?`,
      [posizione.id],
    );
    if (!row) throw new Error(`Posizione ${posizione.id} scomparsa dall'archivio`);
    return {
      ...posizione,
      comparto: text(row, 'comparto'),
      codiceIpa: text(row, 'codice_ipa'),
      indirizzo: text(row, 'indirizzo'),
      cap: text(row, 'cap'),
      comune: text(row, 'comune'),
      provincia: text(row, 'provincia'),
      pec: text(row, 'pec'),
      legaleRappresentante: text(row, 'legale_rappresentante'),
      gestioni: JSON.parse(text(row, 'gestioni')) as string[],
      dataIscrizione: text(row, 'data_iscrizione'),
      stato: text(row, 'stato') as AnagraficaPosizione['stato'],
    };
  }

  addAbilitazione(abilitazione: NewAbilitazione): void {
    this.db.run(
      `INSERT INTO abilitazioni (codice_fiscale, posizione_id, ruolo, stato, delegante_codice_fiscale, data_inizio)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [
        abilitazione.codiceFiscale,
        abilitazione.posizioneId,
        abilitazione.ruolo,
        abilitazione.stato,
        abilitazione.deleganteCodiceFiscale ?? null,
        abilitazione.dataInizio,
      ],
    );
  }

  recordRevokedGrant(grantId: string, at: Date = new Date()): void {
    this.db.run(
      'INSERT INTO revoked_grants (grant_id, revoked_at) VALUES (?, ?) ON CONFLICT (grant_id) DO NOTHING',
      [grantId, at.toISOString()],
    );
  }

  isGrantRevoked(grantId: string): boolean {
    return (
      getRow(this.db, 'SELECT 1 AS found FROM revoked_grants WHERE grant_id = ?', [grantId]) !== undefined
    );
  }
}
