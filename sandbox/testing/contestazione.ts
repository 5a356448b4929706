import { apiPost, type ApiAnswer } from './apiGet';

/** What a contestazione needs of a nota di debito: the seeded one or one the API listed. */
interface NotaContestabile {
  id: string;
  lavoratori: ReadonlyArray<{ codiceFiscale: string }>;
}

/**
 * Contests the nota for its first worker, as `bearer` on the posizione: a valid contestazione
 * but for `fields`, so a test states only what it is about.
 */
export function contestaNota(
  apiBaseUrl: string,
  bearer: string,
  posizioneId: string,
  nota: NotaContestabile,
  fields: object = {},
): Promise<ApiAnswer> {
  return apiPost(
    apiBaseUrl,
    `/v1/posizioni/${posizioneId}/contestazioni`,
    {
      notaId: nota.id,
      codiceFiscaleLavoratore: nota.lavoratori[0]!.codiceFiscale,
      contributoProposto: '10.00',
      motivazione: 'Imponibile già denunciato con V1 di marzo',
      allegati: [],
      ...fields,
    },
    bearer,
  );
}
