/**
 * The Cassetto sections of a posizione on the INPS side: DMA denunce from the archive, the other
 * consultation sections generated from the seed (sandbox/seed/sezioni.ts, cached per
 * posizione), and what users change: contestazioni of note di debito, tracciati received.
 */
import { createHash, randomUUID } from 'node:crypto';
import {
  entroTermineContestazione,
  GIORNI_CONTESTAZIONE,
  oggiInItalia,
  termineContestazione,
} from '../../shared/domain/sezioni';
import { formatData } from '../../shared/text/formatIt';
import type {
  Contestazione,
  ContestazioneInput,
  Denuncia,
  NotaDiDebito,
  RicevutaTracciato,
  Sezione,
  TracciatoInput,
} from '../../shared/domain/sezioni';
import {
  generateNoteDebito,
  generateNoteDebitoEca,
  generateNoteRettifica,
  generatePiani,
  generateVersamenti,
  seedPosizioneById,
  type SeededNotaDiDebito,
} from '../seed/sezioni';
import { aYearOf } from '../seed/seededPosizioni';
import type { Row } from './rows';
import { text } from './rows';
import type { Database } from './sqlite';
import { allRows, getRow, inTransaction } from './sqlite';
import { nextProtocollo } from './protocollo';
import { controllaTracciato } from '../../shared/domain/tracciati';

export interface SezioniOptions {
  /** Benchmarks: this posizione gets `count` versamenti instead of its seeded ones. */
  benchVersamenti?: { posizioneId: string; count: number };
  /**
   * The INPS's today, for the contestazione term; the real clock by default, tests move it.
   * Its day at start is the day the note di debito are dated against (`oggiSeed`).
   */
  now?: () => Date;
}

const italianDay = oggiInItalia;

/** The sandbox's today when it starts: the day its seeded sections are dated against. */
export const oggiSeedOf = (options: SezioniOptions): string => italianDay(options.now?.() ?? new Date());

/** At most two contestazioni per worker of a nota (INPS msg 1779/2019). */
export const MAX_CONTESTAZIONI_PER_LAVORATORE = 2;

export class SezioneError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

type Generated = Exclude<Sezione, 'dma'>;

/** The one way a denuncia enters the archive: the seed (seedDenunce.ts), the ListaPosPA submission. */
export function insertDenuncia(db: Database, posizioneId: string, denuncia: Denuncia): void {
  db.run(
    `INSERT INTO denunce (id, posizione_id, mese, tipo, data_invio, esito, numero_d0, totale_contributi, errori)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      denuncia.id,
      posizioneId,
      denuncia.mese,
      denuncia.tipo,
      denuncia.dataInvio,
      denuncia.esito,
      denuncia.numeroD0,
      denuncia.totaleContributi,
      JSON.stringify(denuncia.errori),
    ],
  );
}

function toDenuncia(row: Row): Denuncia {
  return {
    id: text(row, 'id'),
    mese: text(row, 'mese'),
    tipo: text(row, 'tipo') as Denuncia['tipo'],
    dataInvio: text(row, 'data_invio'),
    esito: text(row, 'esito') as Denuncia['esito'],
    numeroD0: Number(row.numero_d0),
    totaleContributi: text(row, 'totale_contributi'),
    errori: JSON.parse(text(row, 'errori')) as Denuncia['errori'],
  };
}

export class SezioniStore {
  private readonly cache = new Map<string, unknown[]>();
  /** The day the seeded sections are dated against: the sandbox's today when it started. */
  readonly oggiSeed: string;

  constructor(
    private readonly db: Database,
    private readonly options: SezioniOptions = {},
    oggiSeed: string = oggiSeedOf(options),
  ) {
    this.oggiSeed = oggiSeed;
  }

  rows(posizioneId: string, sezione: Sezione): unknown[] {
    if (sezione === 'dma') return this.denunce(posizioneId);
    if (sezione === 'note-debito') return this.noteDebito(posizioneId);
    return this.generated(posizioneId, sezione);
  }

  /** A ListaPosPA received through POST /dma, already checked (sandbox/listapospa/denunciaSubmission.ts). */
  registraDenuncia(posizioneId: string, denuncia: Denuncia, idempotencyKey?: string, xml?: string): Denuncia {
    return inTransaction(this.db, () => {
      // Checked and written in one transaction: two requests with one key record one denuncia.
      if (idempotencyKey !== undefined) {
        const earlier = this.rispostaInvio(posizioneId, idempotencyKey);
        if (earlier) return earlier;
        this.db.run('INSERT INTO invii_denuncia (posizione_id, idempotency_key, risposta) VALUES (?, ?, ?)', [
          posizioneId,
          idempotencyKey,
          JSON.stringify(denuncia),
        ]);
      }
      // An accepted ordinario replaces the ordinario already acquired for the same month (a
      // variazione only adds to it, msg INPS 2791/2017): see sandbox/README.md, "DMA".
      if (denuncia.tipo === 'ordinario' && denuncia.esito !== 'scartata') {
        this.db.run(
          `UPDATE denunce SET esito = 'sostituita'
           WHERE posizione_id = ? AND mese = ? AND tipo = 'ordinario'
             AND esito IN ('acquisita', 'acquisita con errori')`,
          [posizioneId, denuncia.mese],
        );
      }
      insertDenuncia(this.db, posizioneId, denuncia);
      if (xml !== undefined) {
        this.db.run(
          'INSERT INTO denunce_xml (denuncia_id, posizione_id, ricevuta_il, xml) VALUES (?, ?, ?, ?)',
          [denuncia.id, posizioneId, new Date().toISOString(), xml],
        );
      }
      return denuncia;
    });
  }

  /** The last ListaPosPA this posizione sent through the API, with its XML as received. */
  ultimaInviata(posizioneId: string): { denuncia: Denuncia; xml: string } | undefined {
    const row = getRow(
      this.db,
      `SELECT d.*, x.xml AS xml FROM denunce_xml x JOIN denunce d ON d.id = x.denuncia_id
       WHERE x.posizione_id = ? ORDER BY x.ricevuta_il DESC, x.rowid DESC LIMIT 1`,
      [posizioneId],
    );
    return row ? { denuncia: toDenuncia(row), xml: text(row, 'xml') } : undefined;
  }

  /** The answer given to the submission with this key, if one was recorded. */
  rispostaInvio(posizioneId: string, idempotencyKey: string): Denuncia | undefined {
    const row = getRow(
      this.db,
      'SELECT risposta FROM invii_denuncia WHERE posizione_id = ? AND idempotency_key = ?',
      [posizioneId, idempotencyKey],
    );
    return row ? (JSON.parse(text(row, 'risposta')) as Denuncia) : undefined;
  }

  denunce(posizioneId: string): Denuncia[] {
    return allRows(this.db, 'SELECT * FROM denunce WHERE posizione_id = ? ORDER BY mese DESC, tipo', [
      posizioneId,
    ]).map(toDenuncia);
  }

  private generated(posizioneId: string, sezione: Generated): unknown[] {
    const key = `${posizioneId}/${sezione}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const posizione = seedPosizioneById(posizioneId);
    if (!posizione) return [];
    const bench = this.options.benchVersamenti;
    const rows: unknown[] =
      sezione === 'versamenti'
        ? generateVersamenti(
            posizione,
            this.oggiSeed,
            bench?.posizioneId === posizioneId ? bench.count : undefined,
          )
        : sezione === 'note-rettifica'
          ? generateNoteRettifica(posizione, this.oggiSeed)
          : sezione === 'piani-ammortamento'
            ? generatePiani(posizione, this.oggiSeed)
            : sezione === 'note-debito'
              ? generateNoteDebito(posizione, this.oggiSeed)
              : generateNoteDebitoEca(posizione, this.oggiSeed);
    const kept = posizione.key.startsWith('seeded-') ? aYearOf(sezione, rows, this.oggiSeed) : rows;
    this.cache.set(key, kept);
    return kept;
  }

  /** The seeded note with the contestazioni recorded since applied to them. */
  noteDebito(posizioneId: string): NotaDiDebito[] {
    const contested = new Map<string, number>();
    for (const row of allRows(
      this.db,
      'SELECT nota_id, codice_fiscale_lavoratore, COUNT(*) AS n FROM contestazioni WHERE posizione_id = ? GROUP BY nota_id, codice_fiscale_lavoratore',
      [posizioneId],
    )) {
      contested.set(`${text(row, 'nota_id')}/${text(row, 'codice_fiscale_lavoratore')}`, Number(row.n));
    }
    const oggi = italianDay(this.now());
    return (this.generated(posizioneId, 'note-debito') as SeededNotaDiDebito[]).map((nota) => {
      const lavoratori = nota.lavoratori.map((lavoratore) => ({
        ...lavoratore,
        contestazioni: contested.get(`${nota.id}/${lavoratore.codiceFiscale}`) ?? 0,
      }));
      const anyContested = lavoratori.some((lavoratore) => lavoratore.contestazioni > 0);
      const stato = anyContested ? 'contestata' : nota.stato;
      const contestabile =
        nota.tipo === 'regolarizzazione contributiva' &&
        (stato === 'notificata' || stato === 'contestata') &&
        entroTermineContestazione(nota.dataEmissione, oggi);
      return { ...nota, lavoratori, stato, contestabile };
    });
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  contesta(posizioneId: string, autore: string, input: ContestazioneInput, now = this.now()): Contestazione {
    const nota = this.noteDebito(posizioneId).find((candidate) => candidate.id === input.notaId);
    if (!nota)
      throw new SezioneError(404, `Nota di debito ${input.notaId} non trovata per questa posizione.`);
    if (nota.tipo !== 'regolarizzazione contributiva')
      throw new SezioneError(
        409,
        'Si possono contestare solo le note di debito per regolarizzazioni contributive.',
      );
    if (nota.stato === 'pagata' || nota.stato === 'annullata')
      throw new SezioneError(409, `La nota ${nota.numero} è ${nota.stato}: non si può contestare.`);
    if (!entroTermineContestazione(nota.dataEmissione, italianDay(now)))
      throw new SezioneError(
        409,
        `Il termine per contestare la nota ${nota.numero} è scaduto il ${formatData(termineContestazione(nota.dataEmissione))}: ${GIORNI_CONTESTAZIONE} giorni dalla notifica del ${formatData(nota.dataEmissione)} (messaggio INPS 1779/2019).`,
      );
    const lavoratore = nota.lavoratori.find((l) => l.codiceFiscale === input.codiceFiscaleLavoratore);
    if (!lavoratore)
      throw new SezioneError(
        400,
        `Il lavoratore ${input.codiceFiscaleLavoratore} non è nella nota ${nota.numero}.`,
      );
    if (lavoratore.contestazioni >= MAX_CONTESTAZIONI_PER_LAVORATORE)
      throw new SezioneError(
        409,
        `Per il lavoratore ${lavoratore.codiceFiscale} sono già state presentate ${MAX_CONTESTAZIONI_PER_LAVORATORE} contestazioni (limite del messaggio INPS 1779/2019).`,
      );
    const id = `CT-${randomUUID()}`;
    const allegati = input.allegati.map((allegato) => allegato.nome);
    this.db.run(
      `INSERT INTO contestazioni (id, posizione_id, nota_id, codice_fiscale_lavoratore, contributo_proposto, motivazione, allegati, autore, data_contestazione)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        id,
        posizioneId,
        input.notaId,
        input.codiceFiscaleLavoratore,
        input.contributoProposto,
        input.motivazione,
        JSON.stringify(allegati),
        autore,
        now.toISOString(),
      ],
    );
    return {
      id,
      notaId: input.notaId,
      codiceFiscaleLavoratore: input.codiceFiscaleLavoratore,
      contributoProposto: input.contributoProposto,
      motivazione: input.motivazione,
      allegati,
      dataContestazione: now.toISOString(),
      statoNota: 'contestata',
      contestazioniRimaste: MAX_CONTESTAZIONI_PER_LAVORATORE - lavoratore.contestazioni - 1,
    };
  }

  /**
   * A file of circolare INPDAP 38/2000. Its record layout is not public in any source we reached:
   * the sandbox checks its shape with the app's own check (shared/domain/tracciati) [INFER] and
   * refuses, recording nothing, a file that fails it (400 with the reason).
   */
  riceviTracciato(
    posizioneId: string,
    cfEnte: string,
    autore: string,
    input: TracciatoInput,
    now = new Date(),
  ): RicevutaTracciato {
    const bytes = Buffer.from(input.contenutoBase64, 'base64');
    const controllo = controllaTracciato(bytes.toString('latin1'), cfEnte);
    if (!controllo.ok)
      throw new SezioneError(400, `Tracciato "${input.nomeFile}" rifiutato. ${controllo.messaggio}`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const protocollo = nextProtocollo(this.db, 'tracciati', now.toISOString());
    const ricevuta: RicevutaTracciato = {
      protocollo,
      dataRicezione: now.toISOString(),
      nomeFile: input.nomeFile,
      dimensione: bytes.length,
      sha256,
      righe: controllo.righe,
      esito: 'acquisito',
      motivo: null,
    };
    this.db.run(
      `INSERT INTO tracciati (protocollo, posizione_id, nome_file, dimensione, sha256, righe, esito, motivo, autore, data_ricezione)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        protocollo,
        posizioneId,
        input.nomeFile,
        bytes.length,
        sha256,
        controllo.righe,
        ricevuta.esito,
        null,
        autore,
        ricevuta.dataRicezione,
      ],
    );
    return ricevuta;
  }

  tracciati(posizioneId: string): RicevutaTracciato[] {
    return allRows(this.db, 'SELECT * FROM tracciati WHERE posizione_id = ? ORDER BY data_ricezione DESC', [
      posizioneId,
    ]).map((row) => ({
      protocollo: text(row, 'protocollo'),
      dataRicezione: text(row, 'data_ricezione'),
      nomeFile: text(row, 'nome_file'),
      dimensione: Number(row.dimensione),
      sha256: text(row, 'sha256'),
      righe: Number(row.righe),
      esito: text(row, 'esito') as RicevutaTracciato['esito'],
      motivo: row.motivo === null ? null : text(row, 'motivo'),
    }));
  }
}
