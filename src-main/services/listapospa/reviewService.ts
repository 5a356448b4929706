import { ContractError } from '../../../shared/contract';
import { gestioneLabel } from '../../../shared/domain/listapospa/codeTables';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import {
  REVIEW_FIELD_LABELS,
  reviewMonth,
  type MonthReview,
} from '../../../shared/domain/listapospa/monthReview';
import type { SezioneColumn } from '../../../shared/domain/sezioni';
import { formatData, formatImporto, formatMese, formatPercentuale } from '../../../shared/text/formatIt';
import { renderPdf, type KeyValueSection, type TableSection } from '../export/pdfTables';
import { endpoints } from '../../../shared/inpsApi/endpoints';
import type { ServiceDeps } from '../mainServices';
import { DraftError, userDraftStore } from './draftStore';
import { readUltimaInviata } from './listapospaImport';

/**
 * The review before sending: the draft against the last ListaPosPA INPS received for the
 * posizione when it is of an earlier month, else against the latest draft of an earlier month
 * on this computer. The INPS being unreachable is told, and the draft is compared all the same.
 */

type Basis =
  | { kind: 'inviata'; annoMese: string; protocollo: string; dataInvio: string }
  | { kind: 'bozza'; annoMese: string };

export function createReviewService({ settings, cassetto, userScope }: ServiceDeps) {
  const store = userDraftStore(userScope);

  async function lastSent(posizioneId: string, annoMese: string) {
    const ultima = await cassetto.call(endpoints.dmaUltimaInviata, { posizioneId });
    if (ultima.denuncia.mese >= annoMese) return null;
    const read = readUltimaInviata(ultima.xml);
    const basis: Basis = {
      kind: 'inviata',
      annoMese: ultima.denuncia.mese,
      protocollo: ultima.denuncia.id,
      dataInvio: ultima.denuncia.dataInvio,
    };
    return { basis, denuncia: read.denuncia };
  }

  async function previousDraft(posizioneId: string, annoMese: string) {
    const earlier = (await store.list(posizioneId))
      .map((summary) => summary.annoMese)
      .filter((month) => month < annoMese)
      .sort()
      .at(-1);
    if (!earlier) return null;
    const draft = await store.open(posizioneId, earlier);
    const basis: Basis = { kind: 'bozza', annoMese: earlier };
    return { basis, denuncia: draft.denuncia };
  }

  async function build(posizioneId: string, annoMese: string) {
    const draft = await store.open(posizioneId, annoMese).catch((error: unknown) => {
      if (error instanceof DraftError) throw new ContractError('NOT_FOUND', error.message);
      throw error;
    });
    let notice: string | undefined;
    let previous: { basis: Basis; denuncia: Denuncia } | null = null;
    try {
      previous = await lastSent(posizioneId, annoMese);
    } catch (error) {
      // None sent yet is ordinary (404); anything else the user is told about.
      if (!(error instanceof ContractError) || error.code !== 'NOT_FOUND') {
        notice = `L’ultima denuncia inviata all’INPS non è disponibile (${
          error instanceof Error ? error.message : String(error)
        }): confronto con la bozza precedente.`;
      }
    }
    previous ??= await previousDraft(posizioneId, annoMese);
    const sogliaPercent = settings.get().reviewThresholdPercent;
    return {
      basis: previous?.basis ?? null,
      review: previous ? reviewMonth(draft.denuncia, previous.denuncia, sogliaPercent) : null,
      sogliaPercent,
      ...(notice ? { notice } : {}),
    };
  }

  return {
    review: build,
    async reviewPdf(posizioneId: string, annoMese: string) {
      const { basis, review, sogliaPercent } = await build(posizioneId, annoMese);
      const pdf = await renderPdf({
        title: `Confronto con il mese precedente – ListaPosPA ${formatMese(annoMese)}`,
        subtitle: `Posizione ${posizioneId} – ${basisText(basis)}`,
        generatedAt: new Date(),
        parts: review
          ? reviewParts(review, sogliaPercent)
          : [{ heading: 'Nessun confronto', pairs: [['Esito', basisText(null)]] }],
      });
      return {
        fileName: `confronto-listapospa-${annoMese}.pdf`,
        mimeType: 'application/pdf',
        base64: Buffer.from(pdf).toString('base64'),
        rows: review ? review.added.length + review.ceased.length + review.changed.length : 0,
      };
    },
  };
}

function basisText(basis: Basis | null): string {
  if (!basis) return 'nessuna denuncia inviata né bozza di un mese precedente da confrontare';
  return basis.kind === 'inviata'
    ? `confronto con la denuncia di ${formatMese(basis.annoMese)} inviata all’INPS il ${formatData(basis.dataInvio)} (protocollo ${basis.protocollo})`
    : `confronto con la bozza di ${formatMese(basis.annoMese)}`;
}

const text = (key: string, label: string, width = 1): SezioneColumn => ({ key, label, kind: 'text', width });
const money = (key: string, label: string): SezioneColumn => ({ key, label, kind: 'amount', width: 1 });

function reviewParts(review: MonthReview, sogliaPercent: number): Array<TableSection | KeyValueSection> {
  const workerColumns = [text('cf', 'Codice fiscale'), text('nominativo', 'Cognome e nome', 2)];
  return [
    {
      heading: 'Riepilogo',
      pairs: [
        ['Lavoratori nel mese precedente', String(review.workersBefore)],
        ['Lavoratori in questa denuncia', String(review.workersNow)],
        ['Nuovi lavoratori', String(review.added.length)],
        ['Lavoratori cessati', String(review.ceased.length)],
        [
          `Variazioni (imponibile oltre il ${sogliaPercent}%, cassa, gestioni, qualifica, part-time)`,
          String(review.changed.length),
        ],
      ],
    },
    {
      heading: 'Nuovi lavoratori',
      columns: workerColumns,
      rows: review.added.map((worker) => ({ ...worker })),
    },
    {
      heading: 'Lavoratori cessati',
      columns: workerColumns,
      rows: review.ceased.map((worker) => ({ ...worker })),
    },
    {
      heading: 'Variazioni',
      columns: [
        ...workerColumns,
        text('campo', 'Dato'),
        text('prima', 'Prima', 1.5),
        text('ora', 'Ora', 1.5),
        text('percent', 'Variazione'),
      ],
      rows: review.changed.flatMap((worker) =>
        worker.changes.map((change) => ({
          cf: worker.cf,
          nominativo: worker.nominativo,
          campo: REVIEW_FIELD_LABELS[change.field],
          prima: change.field === 'imponibile' ? formatImporto(change.before) : change.before,
          ora: change.field === 'imponibile' ? formatImporto(change.after) : change.after,
          percent: change.percent ? formatPercentuale(change.percent) : '',
        })),
      ),
    },
    {
      heading: 'Totali per gestione',
      columns: [
        text('gestione', 'Gestione', 3),
        money('imponibilePrima', 'Imponibile prima'),
        money('imponibileOra', 'Imponibile ora'),
        money('contributoPrima', 'Contributo prima'),
        money('contributoOra', 'Contributo ora'),
      ],
      rows: review.totals.map((row) => ({ ...row, gestione: gestioneLabel(row.codGestione) })),
    },
  ];
}
