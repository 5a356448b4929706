import { createHash } from 'node:crypto';
import { ContractError } from '../../../shared/contract';
import { exportFileName } from '../../../shared/domain/listapospa/xmlWriter';
import type { Denuncia as RispostaInps } from '../../../shared/domain/sezioni';
import { formatData, formatMese } from '../../../shared/text/formatIt';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import type { CassettoGateway } from '../cassettoApi/cassettoGateway';
import { receiptPdf } from '../export/receiptPdf';
import type { DraftStore } from './draftStore';
import { asContractError } from './listapospaDrafts';
import { reportOut, type ListapospaValidation } from './listapospaValidation';

/** The ordinario INPS holds as acquired for the month: a new one would replace it. */
const ordinarioAcquisito = (denunce: RispostaInps[], annoMese: string) =>
  denunce.find(
    (d) =>
      d.mese === annoMese &&
      d.tipo === 'ordinario' &&
      (d.esito === 'acquisita' || d.esito === 'acquisita con errori'),
  ) ?? null;

export interface SubmitRequest {
  posizioneId: string;
  annoMese: string;
  idempotencyKey: string;
  sostituisce?: string | undefined;
}

/** Sending a draft to INPS, once, and the receipt of what was sent. */
export function listapospaSubmit(store: DraftStore, cassetto: CassettoGateway, checks: ListapospaValidation) {
  const { validate, verifica } = checks;
  const denunceInps = (posizioneId: string) => cassetto.call(endpoints.denunce, { posizioneId });

  const inFlight = new Map<string, ReturnType<typeof submit>>();

  async function submit(input: SubmitRequest) {
    const { posizioneId, annoMese } = input;
    const draft = await store.open(posizioneId, annoMese).catch(asContractError);
    // Sent already: the same confirmation repeated gets its answer; anything else is refused.
    if (draft.invio?.stato === 'inviata') {
      if (draft.invio.idempotencyKey !== input.idempotencyKey) {
        throw new ContractError(
          'CONFLICT',
          `La bozza ${formatMese(annoMese)} è già stata inviata (protocollo ${draft.invio.risposta.id}): ` +
            'per un nuovo invio crea una nuova bozza da questa o una variazione.',
        );
      }
      return {
        ok: true as const,
        denuncia: draft.invio.risposta,
        report: reportOut(await verifica(posizioneId, annoMese)),
      };
    }
    const report = await validate(posizioneId, annoMese);
    if (report.blocking || !report.denuncia) return { ok: false as const, report: reportOut(report) };
    // A second ordinario replaces the first at INPS: only when the user agreed, naming it.
    if (report.denuncia.azienda.listaPosPA.tipo === 'ordinario' && draft.invio?.stato !== 'in corso') {
      const earlier = ordinarioAcquisito(await denunceInps(posizioneId), annoMese);
      if (earlier && earlier.id !== input.sostituisce) {
        throw new ContractError(
          'CONFLICT',
          `Per il mese ${formatMese(annoMese)} l’INPS ha già acquisito l’ordinario ${earlier.id} del ` +
            `${formatData(earlier.dataInvio)}: il nuovo invio lo sostituisce. Conferma per inviarlo.`,
        );
      }
    }
    const key = await store.beginSend(posizioneId, annoMese, input.idempotencyKey).catch(asContractError);
    const xml = new TextDecoder().decode(report.xml);
    let risposta: RispostaInps;
    try {
      // CassettoApiError is a ContractError already: 400/403/401… reach the UI with their code.
      risposta = await cassetto.call(endpoints.dmaSend, { posizioneId }, { xml, idempotencyKey: key });
    } catch (error) {
      // Refused by INPS, nothing recorded: the draft is editable again. When the answer was
      // lost (UNAVAILABLE) the key stays, and a retry repeats it.
      if (error instanceof ContractError && error.code !== 'UNAVAILABLE') {
        await store.abortSend(posizioneId, annoMese);
      }
      throw error;
    }
    await store.recordSent(posizioneId, annoMese, {
      risposta,
      nomeFile: exportFileName(report.denuncia),
      sha256: createHash('sha256').update(report.xml).digest('hex'),
    });
    return { ok: true as const, denuncia: risposta, report: reportOut(report) };
  }

  return {
    ordinarioAcquisito: async (posizioneId: string, annoMese: string) => ({
      denuncia: ordinarioAcquisito(await denunceInps(posizioneId), annoMese),
    }),
    submit(input: SubmitRequest) {
      // A second click while the first request is out joins it instead of sending again.
      const inFlightKey = `${input.posizioneId}/${input.annoMese}`;
      const running = inFlight.get(inFlightKey);
      if (running) return running;
      const work = submit(input).finally(() => inFlight.delete(inFlightKey));
      inFlight.set(inFlightKey, work);
      return work;
    },
    async ricevutaPdf(posizioneId: string, annoMese: string) {
      const draft = await store.open(posizioneId, annoMese).catch(asContractError);
      if (draft.invio?.stato !== 'inviata') {
        throw new ContractError(
          'NOT_FOUND',
          `La bozza ${formatMese(annoMese)} non è stata inviata: non c’è ricevuta.`,
        );
      }
      const { risposta, nomeFile, sha256 } = draft.invio;
      return receiptPdf({
        title: 'Ricevuta di invio ListaPosPA',
        posizioneId,
        protocollo: risposta.id,
        data: risposta.dataInvio,
        nomeFile,
        sha256,
        extra: [
          ['Mese della denuncia', formatMese(annoMese)],
          ['Tipo', risposta.tipo],
          ['Esito', risposta.esito],
          ['Lavoratori (D0)', String(risposta.numeroD0)],
          ['Errori segnalati', String(risposta.errori.length)],
        ],
      });
    },
  };
}
