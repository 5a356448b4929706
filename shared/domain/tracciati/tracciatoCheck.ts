/**
 * What can be checked of a tracciato of circolare INPDAP 38/2000 before it is sent. Its record
 * layout is not public in any source we reached, so only the shape is checked [INFER, see
 * sandbox/README.md "Invio tracciati"]: text records of one fixed length, a testa (header) record
 * first, marked by type "0", at least one record after it, and the ente's codice fiscale in the
 * testa. The app and the sandbox run the same function, so what the app lets through INPS takes.
 */

/** Shortest record accepted: a type, a codice fiscale and a period cannot fit in less [INFER]. */
export const LUNGHEZZA_MINIMA_RECORD = 30;
/** Largest file sent: its base64 stays within the 7,000,000 characters the call accepts. */
export const DIMENSIONE_MASSIMA_TRACCIATO = 5_000_000;
/** Type of the testa record, its first character [INFER]. */
export const TIPO_RECORD_TESTA = '0';

export type EsitoControlloTracciato =
  { ok: true; righe: number; lunghezzaRecord: number } | { ok: false; messaggio: string };

const fail = (messaggio: string): EsitoControlloTracciato => ({ ok: false, messaggio });

/** Index of the first byte that is not printable text (CR and LF separate records), or -1. */
function firstControl(line: string): number {
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) return i;
  }
  return -1;
}

/**
 * Checks a tracciato, given as its bytes read one character per byte (latin1), against the
 * codice fiscale of the ente of the posizione it is sent for.
 */
export function controllaTracciato(testo: string, cfEnte: string): EsitoControlloTracciato {
  if (testo.length > DIMENSIONE_MASSIMA_TRACCIATO) {
    return fail(
      `Il file è di ${testo.length} byte: il massimo inviabile è ${DIMENSIONE_MASSIMA_TRACCIATO} byte.`,
    );
  }
  const righe = testo.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  while (righe.length > 0 && righe[righe.length - 1] === '') righe.pop();
  if (righe.length === 0)
    return fail('Il file è vuoto: un tracciato contiene un record di testa e i record dei dati.');
  for (let i = 0; i < righe.length; i += 1) {
    const riga = righe[i] ?? '';
    if (riga === '')
      return fail(`La riga ${i + 1} è vuota: il tracciato non ammette righe vuote tra i record.`);
    const at = firstControl(riga);
    if (at >= 0) {
      const code = riga.charCodeAt(at).toString(16).toUpperCase().padStart(2, '0');
      return fail(
        `Il file non è un tracciato di testo: la riga ${i + 1} contiene il byte 0x${code} alla colonna ${at + 1}.`,
      );
    }
  }
  const lunghezza = (righe[0] ?? '').length;
  if (lunghezza < LUNGHEZZA_MINIMA_RECORD) {
    return fail(
      `Il primo record è lungo ${lunghezza} caratteri: un record del tracciato ne ha almeno ${LUNGHEZZA_MINIMA_RECORD}.`,
    );
  }
  const diversa = righe.findIndex((riga) => riga.length !== lunghezza);
  if (diversa >= 0) {
    return fail(
      `Il record ${diversa + 1} è lungo ${righe[diversa]?.length ?? 0} caratteri, il primo ${lunghezza}: ` +
        'i record del tracciato hanno tutti la stessa lunghezza.',
    );
  }
  const testa = righe[0] ?? '';
  if (!testa.startsWith(TIPO_RECORD_TESTA)) {
    return fail(
      `Il primo record non è un record di testa: deve iniziare con "${TIPO_RECORD_TESTA}", inizia con "${testa.slice(0, 1)}".`,
    );
  }
  if (righe.length < 2) return fail('Il tracciato ha solo il record di testa: mancano i record dei dati.');
  const dati = righe.findIndex((riga, i) => i > 0 && riga.startsWith(TIPO_RECORD_TESTA));
  if (dati >= 0) {
    return fail(`Il record ${dati + 1} è un secondo record di testa: il tracciato ne ha uno solo, il primo.`);
  }
  if (cfEnte === '' || !testa.includes(cfEnte)) {
    return fail(
      `Il record di testa non contiene il codice fiscale dell’ente della posizione (${cfEnte}): ` +
        'il tracciato è di un altro ente?',
    );
  }
  return { ok: true, righe: righe.length, lunghezzaRecord: lunghezza };
}
