import './listapospa.css';
import { useCallback, useEffect, useState } from 'react';
import type { DraftSummarySchema } from '../../../shared/contract/listapospa';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import type { z } from 'zod';
import { formatDate, formatMonth, parseMonth } from '../../format';
import { DateInput } from '../../components/DateInput';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { usePosizioneStore } from '../../state/posizioneStore';
import { DraftEditor } from './DraftEditor';
import { setEditorClient, useEditorStore } from './editorStore';
import { DataTable } from '../../components/DataTable';
import { actionsColumn } from '../../components/RowActions';
import { FileField } from '../../files/FileField';
import { fileToBase64 } from '../../files/fileTransfer';
import { CheckboxField } from '../../components/FormField';
import { PayrollImport } from './payroll/PayrollImport';

type DraftSummary = z.output<typeof DraftSummarySchema>;

const currentMonth = () => {
  const now = new Date();
  // Denunce are sent for the month just ended.
  const previous = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return previous.toISOString().slice(0, 7);
};

/** Drafts of the selected posizione: create, copy from the previous month, import, open, delete with undo. */
export function ListaPosPAPage() {
  const client = useClient();
  const selected = usePosizioneStore((state) => state.selected);
  const derivedFrom = useEditorStore((state) => state.sent.derivataDa?.protocollo ?? '');
  const [drafts, setDrafts] = useState<DraftSummary[]>([]);
  const [month, setMonth] = useState(currentMonth);
  const [monthOk, setMonthOk] = useState(true);
  const [overwrite, setOverwrite] = useState(false);
  const [payroll, setPayroll] = useState(false);
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string; undo?: string } | null>(
    null,
  );
  const posizione = selected.kind === 'ready' ? selected.value : null;
  // Only a draft of this very posizione is ever shown in the editor.
  const editing = useEditorStore(
    (state) => state.frontespizio !== null && state.posizioneId === (posizione?.id ?? null),
  );

  useEffect(() => setEditorClient(client), [client]);

  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    if (!posizione) return;
    let live = true;
    void client.call('listapospa.drafts.list', { posizioneId: posizione.id }).then((result) => {
      if (live && result.ok) setDrafts(result.value);
    });
    return () => {
      live = false;
    };
  }, [client, posizione, editing, version]);

  if (!posizione) return <p>{t('lp.none')}</p>;
  // A new draft from a sent one is a new editor: the previous send's esito does not linger.
  if (editing) return <DraftEditor key={derivedFrom} onClose={() => useEditorStore.getState().close()} />;

  const open = async (annoMese: string) => {
    const result = await client.call('listapospa.drafts.open', { posizioneId: posizione.id, annoMese });
    if (!result.ok) return setMessage({ kind: 'danger', text: result.error.message });
    const { revision, savedAt, denuncia, invio, derivataDa } = result.value;
    useEditorStore.getState().load(posizione.id, revision, savedAt, denuncia as Denuncia, {
      ...(invio ? { invio } : {}),
      ...(derivataDa ? { derivataDa } : {}),
    });
  };

  const create = async (from: 'vuota' | 'mesePrecedente') => {
    if (!monthOk) {
      const typed = parseMonth(month, t('lp.monthWhat'));
      return setMessage({ kind: 'danger', text: typed.ok ? '' : typed.message });
    }
    const result = await client.call('listapospa.drafts.create', {
      posizioneId: posizione.id,
      annoMese: month,
      from,
      cfAzienda: posizione.codiceFiscaleEnte,
      ragSocAzienda: posizione.denominazione,
      prgAzienda: posizione.progressivo,
    });
    if (!result.ok) return setMessage({ kind: 'danger', text: result.error.message });
    await open(month);
  };

  /** The month's draft from the last ListaPosPA INPS received: its workers, carried to the month. */
  const fromUltimaInviata = async () => {
    const result = await client.call('listapospa.drafts.fromUltimaInviata', {
      posizioneId: posizione.id,
      annoMese: month,
      overwrite,
    });
    if (!result.ok) return setMessage({ kind: 'danger', text: result.error.message });
    const { draft, inviata } = result.value;
    setMessage({
      kind: 'success',
      text: t('lp.fromUltimaInviata.done', {
        mese: formatMonth(draft.annoMese),
        n: draft.numeroD0,
        inviata: formatMonth(inviata.mese),
        data: formatDate(inviata.dataInvio),
      }),
    });
    refresh();
  };

  const remove = async (annoMese: string) => {
    if (!window.confirm(t('lp.confirmDelete', { mese: formatMonth(annoMese) }))) return;
    const result = await client.call('listapospa.drafts.remove', { posizioneId: posizione.id, annoMese });
    if (!result.ok) return setMessage({ kind: 'danger', text: result.error.message });
    setMessage({ kind: 'success', text: t('lp.deleted', { mese: formatMonth(annoMese) }), undo: annoMese });
    refresh();
  };

  const undo = async (annoMese: string) => {
    const result = await client.call('listapospa.drafts.undoRemove', { posizioneId: posizione.id, annoMese });
    setMessage(result.ok ? null : { kind: 'danger', text: result.error.message });
    refresh();
  };

  const importFile = async (file: File) => {
    const result = await client.call('listapospa.import', {
      posizioneId: posizione.id,
      // The bytes, not file.text(): that reads as UTF-8 whatever encoding the file declares.
      contenutoBase64: await fileToBase64(file),
      overwrite,
    });
    if (!result.ok) return setMessage({ kind: 'danger', text: result.error.message });
    const { draft, issues, posPACount } = result.value;
    const parts = [
      t('lp.imported', { mese: formatMonth(draft.annoMese), n: draft.numeroD0 }),
      ...(posPACount > 1 ? [t('lp.importMergedPosPA', { n: posPACount })] : []),
      ...(issues.length ? [t('lp.importIssues', { n: issues.length })] : []),
    ];
    setMessage({ kind: 'success', text: parts.join(' ') });
    refresh();
  };

  return (
    <section aria-labelledby="lp-title">
      <h1 id="lp-title">{t('lp.title')}</h1>
      <p>{t('lp.intro')}</p>
      {message && (
        <div
          className={`alert alert-${message.kind} d-flex gap-3 align-items-center`}
          role="status"
          data-testid="lp-message"
        >
          <span>{message.text}</span>
          {message.undo && (
            <button
              type="button"
              className="btn btn-sm btn-outline-primary"
              onClick={() => void undo(message.undo ?? '')}
            >
              {t('lp.undo')}
            </button>
          )}
        </div>
      )}
      <div className="d-flex flex-wrap gap-3 align-items-end mb-4">
        <div>
          <label htmlFor="lp-month">{t('lp.month')}</label>
          <DateInput
            id="lp-month"
            kind="month"
            what={t('lp.monthWhat')}
            value={month}
            onValue={(value, valid) => {
              setMonth(value);
              setMonthOk(valid && value !== '');
            }}
          />
        </div>
        <button type="button" className="btn btn-primary" onClick={() => void create('vuota')}>
          {t('lp.new')}
        </button>
        <button
          type="button"
          className="btn btn-outline-primary"
          onClick={() => void create('mesePrecedente')}
        >
          {t('lp.duplicate')}
        </button>
        <button type="button" className="btn btn-outline-primary" onClick={() => void fromUltimaInviata()}>
          {t('lp.fromUltimaInviata')}
        </button>
        <div>
          <FileField
            id="lp-import"
            label={t('lp.import')}
            kind="xml"
            onFiles={(files) => {
              if (files[0]) void importFile(files[0].file);
            }}
          />
          <CheckboxField
            id="lp-overwrite"
            label={t('lp.importOverwrite')}
            checked={overwrite}
            onChange={(e) => setOverwrite(e.target.checked)}
          />
        </div>
      </div>
      {payroll ? (
        <PayrollImport
          posizione={posizione}
          annoMese={month}
          onClose={() => setPayroll(false)}
          onDone={(text) => {
            setPayroll(false);
            setMessage({ kind: 'success', text });
            refresh();
          }}
        />
      ) : (
        <button type="button" className="btn btn-outline-primary mb-4" onClick={() => setPayroll(true)}>
          {t('lpp.open')}
        </button>
      )}
      <DataTable
        empty={t('lp.noDrafts')}
        caption={t('lp.drafts')}
        heading={{ level: 2, className: 'h4' }}
        testId="lp-drafts"
        rows={drafts}
        rowKey={(draft) => draft.annoMese}
        rowData={(draft) => ({ 'data-mese': draft.annoMese })}
        columns={[
          { header: t('lp.col.mese'), cell: (draft) => formatMonth(draft.annoMese) },
          {
            header: t('lp.col.tipo'),
            cell: (draft) => t(draft.tipo === 'variazione' ? 'lp.tipo.variazione' : 'lp.tipo.ordinario'),
          },
          { header: t('lp.col.d0'), cell: (draft) => draft.numeroD0 },
          {
            header: t('lp.col.salvata'),
            cell: (draft) =>
              `${formatDate(draft.savedAt)} ${new Date(draft.savedAt).toLocaleTimeString('it-IT')}`,
          },
          {
            header: t('lp.col.invio'),
            cell: (draft) =>
              !draft.invio
                ? t('lp.invio.none')
                : draft.invio.stato === 'in corso'
                  ? t('lp.invio.pending')
                  : t('lp.invio.sent', {
                      esito: draft.invio.esito ?? '',
                      protocollo: draft.invio.protocollo ?? '',
                      data: formatDate(draft.invio.dataInvio ?? ''),
                    }),
          },
          actionsColumn<DraftSummary>(t('lp.col.azioni'), (draft) => [
            {
              text: t('lp.openAction'),
              label: t('lp.open', { mese: formatMonth(draft.annoMese) }),
              tone: 'main',
              onClick: () => void open(draft.annoMese),
            },
            {
              text: t('lp.deleteAction'),
              label: t('lp.delete', { mese: formatMonth(draft.annoMese) }),
              tone: 'danger',
              onClick: () => void remove(draft.annoMese),
            },
          ]),
        ]}
      />
    </section>
  );
}
