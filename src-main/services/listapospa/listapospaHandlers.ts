import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ContractError, type HandlersFor } from '../../../shared/contract';
import type { listaposCalls } from '../../../shared/contract/calls/listaposCalls';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import { posizioneSchema } from '../../../shared/domain/cassettoApi';
import { denunciaSchema, type Denuncia as RispostaInps } from '../../../shared/domain/sezioni';
import { receiptPdf } from '../export/receiptPdf';
import { readDenunciaFile } from '../../../shared/domain/listapospa/xmlReader';
import { exportFileName } from '../../../shared/domain/listapospa/xmlWriter';
import type { CallContext, ServiceDeps } from '../mainServices';
import { DraftError, carriedToMonth, createDraftStore, invioSummary, type DraftFile } from './draftStore';
import { importDraft } from './importDraft';
import { createRateOverridesStore } from './rateOverridesStore';
import { validateDraft, type ValidationReport } from './validation';
import { loadXsd } from './xsdValidator';

/** Contract handlers of ListaPosPA: the signed-in user's drafts, validation, XML in and out. */

const today = () => new Date().toISOString().slice(0, 10);

function asContractError(error: unknown): never {
  if (error instanceof DraftError) {
    const code =
      error.code === 'ESISTE_GIA' || error.code === 'INVIATA'
        ? 'CONFLICT'
        : error.code === 'NON_TROVATA'
          ? 'NOT_FOUND'
          : 'INVALID_INPUT';
    throw new ContractError(code, error.message);
  }
  throw error;
}

const draftOut = (draft: DraftFile) => ({
  posizioneId: draft.posizioneId,
  annoMese: draft.annoMese,
  savedAt: draft.savedAt,
  revision: draft.revision,
  denuncia: draft.denuncia,
  ...(draft.invio ? { invio: invioSummary(draft.invio) } : {}),
  ...(draft.derivataDa ? { derivataDa: draft.derivataDa } : {}),
});

const isoToIt = (iso: string) => iso.split('-').reverse().join('/');
const posizionePath = (posizioneId: string, rest = '') =>
  `/v1/posizioni/${encodeURIComponent(posizioneId)}${rest}`;

/** The ordinario INPS holds as acquired for the month: a new one would replace it. */
const ordinarioAcquisito = (denunce: RispostaInps[], annoMese: string) =>
  denunce.find(
    (d) =>
      d.mese === annoMese &&
      d.tipo === 'ordinario' &&
      (d.esito === 'acquisita' || d.esito === 'acquisita con errori'),
  ) ?? null;

const reportOut = (report: ValidationReport) => ({
  findings: report.findings,
  blocking: report.blocking,
  xsdLabel: report.xsdLabel,
  numeroD0: report.numeroD0,
});

export function emptyDenuncia(input: {
  annoMese: string;
  cfAzienda: string;
  ragSocAzienda: string;
  prgAzienda: string;
  cfOperatore: string;
}): Denuncia {
  return {
    datiMittente: {
      tipo: '1',
      cfPersonaMittente: input.cfOperatore,
      ragSocMittente: input.ragSocAzienda,
      cfMittente: input.cfAzienda,
      cfSoftwarehouse: '00000000000',
    },
    azienda: {
      annoMeseDenuncia: input.annoMese,
      cfAzienda: input.cfAzienda,
      ragSocAzienda: input.ragSocAzienda,
      listaPosPA: {
        tipo: 'ordinario',
        prgAzienda: input.prgAzienda,
        cfRappresentanteFirmatario: input.cfOperatore,
        posPA: [{ d0: [] }],
      },
    },
  };
}

export const XML_DECLARATION = /^<\?xml[^>]*\?>/;
export const UTF8_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export function listaposHandlers({
  settings,
  auth,
  cassetto,
  userScope,
}: ServiceDeps): HandlersFor<typeof listaposCalls, CallContext> {
  // The signed-in user's drafts and rates, never another's (userScope.ts).
  const store = userScope.perUser('listapospa.drafts', (user) => createDraftStore(user.dir));
  const rateOverrides = userScope.perUser('listapospa.aliquote', (user) =>
    createRateOverridesStore(user.dir),
  );
  const options = async () => ({
    xsd: await loadXsd(settings.get().officialXsdPath || undefined),
    dataInvio: today(),
    // CE011 compares contributions with the rates the user set in "Aliquote".
    overrides: await rateOverrides.get(),
  });
  const validate = async (posizioneId: string, annoMese: string, signal?: AbortSignal) => {
    const draft = await store.open(posizioneId, annoMese).catch(asContractError);
    return validateDraft(draft.denuncia, { ...(await options()), ...(signal ? { signal } : {}) });
  };
  // A new "Verifica" of the same draft cancels the one still running (its XSD worker is
  // terminated); an export or a submission is never cancelled by one.
  const running = userScope.perUser('listapospa.verifiche', () => new Map<string, AbortController>());
  const verifica = async (posizioneId: string, annoMese: string) => {
    const key = `${posizioneId}/${annoMese}`;
    running.get(key)?.abort();
    const controller = new AbortController();
    running.set(key, controller);
    try {
      return await validate(posizioneId, annoMese, controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      throw new ContractError(
        'CONFLICT',
        'Verifica annullata: è partita una nuova verifica della stessa denuncia.',
      );
    } finally {
      if (running.get(key) === controller) running.delete(key);
    }
  };

  const denunceInps = (posizioneId: string) =>
    cassetto.get(posizionePath(posizioneId, '/dma'), denunciaSchema.array());

  /** A file of another ente (or progressivo) never becomes a draft of this posizione. */
  const checkSameEnte = async (posizioneId: string, denuncia: Denuncia) => {
    const posizione = await cassetto.get(posizionePath(posizioneId), posizioneSchema);
    const { cfAzienda, listaPosPA } = denuncia.azienda;
    if (cfAzienda === posizione.codiceFiscaleEnte && listaPosPA.prgAzienda === posizione.progressivo) return;
    throw new ContractError(
      'INVALID_INPUT',
      `Il file è dell’ente con codice fiscale ${cfAzienda || '(CFAzienda mancante)'} e PRGAZIENDA ` +
        `${listaPosPA.prgAzienda || '(mancante)'}, ma la posizione aperta è dell’ente con codice fiscale ` +
        `${posizione.codiceFiscaleEnte} e progressivo ${posizione.progressivo}: file non importato.`,
    );
  };

  const inFlight = new Map<string, ReturnType<typeof submit>>();

  async function submit(input: {
    posizioneId: string;
    annoMese: string;
    idempotencyKey: string;
    sostituisce?: string | undefined;
  }) {
    const { posizioneId, annoMese } = input;
    const draft = await store.open(posizioneId, annoMese).catch(asContractError);
    // Sent already: the same confirmation repeated gets its answer; anything else is refused.
    if (draft.invio?.stato === 'inviata') {
      if (draft.invio.idempotencyKey !== input.idempotencyKey) {
        throw new ContractError(
          'CONFLICT',
          `La bozza ${annoMese} è già stata inviata (protocollo ${draft.invio.risposta.id}): ` +
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
          `Per il mese ${isoToIt(annoMese)} l’INPS ha già acquisito l’ordinario ${earlier.id} del ` +
            `${isoToIt(earlier.dataInvio)}: il nuovo invio lo sostituisce. Conferma per inviarlo.`,
        );
      }
    }
    const key = await store.beginSend(posizioneId, annoMese, input.idempotencyKey).catch(asContractError);
    const xml = new TextDecoder().decode(report.xml);
    let risposta: RispostaInps;
    try {
      // CassettoApiError is a ContractError already: 400/403/401… reach the UI with their code.
      risposta = await cassetto.post(
        posizionePath(posizioneId, '/dma'),
        { xml, idempotencyKey: key },
        denunciaSchema,
      );
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
    'listapospa.drafts.list': ({ posizioneId }) => store.list(posizioneId).catch(asContractError),
    'listapospa.drafts.create': async (input) => {
      if (input.from === 'mesePrecedente') {
        return draftOut(
          await store.duplicateFromPrevious(input.posizioneId, input.annoMese).catch(asContractError),
        );
      }
      const status = auth.status();
      const cfOperatore = status.state === 'signed-in' ? status.user.codiceFiscale : '';
      const denuncia = emptyDenuncia({ ...input, cfOperatore });
      return draftOut(await store.create(input.posizioneId, denuncia).catch(asContractError));
    },
    'listapospa.drafts.open': async ({ posizioneId, annoMese }) =>
      draftOut(await store.open(posizioneId, annoMese).catch(asContractError)),
    'listapospa.drafts.save': async ({ posizioneId, revision, denuncia }) => {
      const saved = await store.save(posizioneId, denuncia as Denuncia, revision).catch(asContractError);
      return { revision: saved.revision, savedAt: saved.savedAt };
    },
    'listapospa.drafts.remove': async ({ posizioneId, annoMese }) => {
      await store.remove(posizioneId, annoMese).catch(asContractError);
      return {};
    },
    'listapospa.drafts.undoRemove': async ({ posizioneId, annoMese }) => {
      const draft = await store.undoRemove(posizioneId, annoMese).catch(asContractError);
      return (
        (await store.list(posizioneId)).find((d) => d.annoMese === draft.annoMese) ??
        asContractError(new DraftError('NON_TROVATA', 'Bozza non trovata dopo il ripristino.'))
      );
    },
    'listapospa.validate': async ({ posizioneId, annoMese }) =>
      reportOut(await verifica(posizioneId, annoMese)),
    'listapospa.export': async ({ posizioneId, annoMese }) => {
      const report = await validate(posizioneId, annoMese);
      if (report.blocking || !report.denuncia) return { ok: false as const, report: reportOut(report) };
      return {
        ok: true as const,
        fileName: exportFileName(report.denuncia),
        xml: new TextDecoder().decode(report.xml),
        report: reportOut(report),
      };
    },
    'listapospa.drafts.derive': async ({ posizioneId, annoMese, tipo }) =>
      draftOut(await store.derive(posizioneId, annoMese, tipo).catch(asContractError)),
    'listapospa.ordinarioAcquisito': async ({ posizioneId, annoMese }) => ({
      denuncia: ordinarioAcquisito(await denunceInps(posizioneId), annoMese),
    }),
    'listapospa.submit': (input) => {
      // A second click while the first request is out joins it instead of sending again.
      const inFlightKey = `${input.posizioneId}/${input.annoMese}`;
      const running = inFlight.get(inFlightKey);
      if (running) return running;
      const work = submit(input).finally(() => inFlight.delete(inFlightKey));
      inFlight.set(inFlightKey, work);
      return work;
    },
    'listapospa.ricevutaPdf': async ({ posizioneId, annoMese }) => {
      const draft = await store.open(posizioneId, annoMese).catch(asContractError);
      if (draft.invio?.stato !== 'inviata') {
        throw new ContractError('NOT_FOUND', `La bozza ${annoMese} non è stata inviata: non c’è ricevuta.`);
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
          ['Mese della denuncia', annoMese.split('-').reverse().join('/')],
          ['Tipo', risposta.tipo],
          ['Esito', risposta.esito],
          ['Lavoratori (D0)', String(risposta.numeroD0)],
          ['Errori segnalati', String(risposta.errori.length)],
        ],
      });
    },
    'listapospa.drafts.fromUltimaInviata': async ({ posizioneId, annoMese, overwrite }) => {
      const ultima = await cassetto.get(
        posizionePath(posizioneId, '/dma/ultima-inviata'),
        z.object({ denuncia: denunciaSchema, xml: z.string() }),
      );
      // INPS answers the text as received (already decoded): read it as the UTF-8 it now is.
      const read = readDenunciaFile(
        Buffer.from(ultima.xml.replace(XML_DECLARATION, UTF8_DECLARATION), 'utf8'),
      );
      await checkSameEnte(posizioneId, read.denuncia);
      const denuncia = carriedToMonth(read.denuncia, annoMese);
      denuncia.azienda.listaPosPA.tipo = 'ordinario';
      const made = await importDraft(store, posizioneId, { ...read, denuncia }, overwrite).catch(
        asContractError,
      );
      return { ...made, inviata: ultima.denuncia };
    },
    'listapospa.import': async ({ posizioneId, contenutoBase64, overwrite }) => {
      let read;
      try {
        read = readDenunciaFile(Buffer.from(contenutoBase64, 'base64'));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new ContractError('INVALID_INPUT', `Il file non è una ListaPosPA leggibile. ${message}`);
      }
      await checkSameEnte(posizioneId, read.denuncia);
      // Shared with the CLI's import: elements kept without being known come back as notices.
      return importDraft(store, posizioneId, read, overwrite).catch(asContractError);
    },
  };
}
