import { useRef } from 'react';
import { Alert } from 'design-react-kit';
import {
  ATTACHMENT_KINDS,
  MAX_ATTACHMENT_BYTES,
  type ArchivedDelega,
} from '../../../shared/contract/calls/delegheCalls';
import { STATI_DELEGA } from '../../../shared/domain/delega';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { FilePicker } from '../../files/FilePicker';
import { fileToBase64, saveFile } from '../../files/fileTransfer';
import { RowActions } from '../../components/RowActions';
import { DelegheTable } from './DelegheTable';
import { UndoNotice } from './UndoNotice';
import { UNDO_MS, useUndoableAction } from './useUndoableAction';

type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The scans kept with a delega (signed form, identity document), one file input each. */
function Documenti({
  delega,
  onAttach,
}: {
  delega: ArchivedDelega;
  onAttach(numero: string, kind: AttachmentKind, file: File | undefined): Promise<void>;
}) {
  const numero = delega.numeroRichiesta;
  return ATTACHMENT_KINDS.map((kind) => {
    const saved = delega.attachments.find((a) => a.kind === kind);
    const inputId = `allegato-${numero}-${kind}`;
    return (
      <div key={kind} className="mb-2">
        <label htmlFor={inputId} className="small d-block">
          {t(`deleghe.attach.${kind}`)}: {saved ? saved.fileName : t('deleghe.attach.none')}
        </label>
        <FilePicker
          id={inputId}
          kind="pdf-o-immagine"
          aria-label={t('deleghe.attach.label', { tipo: t(`deleghe.attach.${kind}`), numero })}
          onFiles={(files) => void onAttach(numero, kind, files[0]?.file)}
        />
      </div>
    );
  });
}

interface Props {
  deleghe: ArchivedDelega[];
  onActivate(numero: string): void;
  onChanged(): void;
  onError(message: string): void;
  onNotice(message: string): void;
}

/** Who conferred the delega, for which ente and posizione: what a revoca must name. */
const revocaNames = (delega: ArchivedDelega) => ({
  numero: delega.numeroRichiesta,
  delegante: `${delega.request.legaleRappresentante.nome} ${delega.request.legaleRappresentante.cognome}`,
  ente: delega.request.ente.denominazione,
  posizione: delega.posizioneId,
});

/** The deleghe with their state, dates, the keep-until date, local scans and actions. */
export function DelegheArchive({ deleghe, onActivate, onChanged, onError, onNotice }: Props) {
  const client = useClient();
  const { notice, schedule, undo } = useUndoableAction();
  const pending = useRef<string | null>(null);

  async function pdf(delega: ArchivedDelega) {
    // The number INPS gave goes on the paper even when its copy of the request does not carry it.
    const request = { ...delega.request, numeroRichiesta: delega.numeroRichiesta };
    const result = await saveFile(client, { call: 'deleghe.pdf', input: { request } });
    if (!result.ok) return onError(result.error.message);
  }

  /** Asks, naming who and where, then leaves a few seconds to take it back before INPS hears of it. */
  function revoke(delega: ArchivedDelega) {
    const names = revocaNames(delega);
    if (!window.confirm(t('deleghe.action.revokeConfirm', names))) return;
    pending.current = names.numero;
    schedule(t('deleghe.action.revokePending', { ...names, secondi: UNDO_MS / 1000 }), async () => {
      const result = await client.call('deleghe.revoke', { numero: names.numero });
      if (!result.ok) return onError(result.error.message);
      onNotice(t('deleghe.action.revoked', names));
      onChanged();
    });
  }

  async function attach(numero: string, kind: AttachmentKind, file: File | undefined) {
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) return onError(t('deleghe.attach.tooLarge'));
    const result = await client.call('deleghe.attach', {
      numero,
      kind,
      fileName: file.name,
      base64: await fileToBase64(file),
    });
    if (!result.ok) return onError(result.error.message);
    onChanged();
  }

  const actions = (delega: ArchivedDelega) => {
    const numero = delega.numeroRichiesta;
    return (
      <>
        <RowActions
          actions={[
            {
              text: t('deleghe.action.pdf'),
              label: t('deleghe.action.pdfLabel', { numero }),
              onClick: () => void pdf(delega),
            },
            delega.stato === 'richiesta' && {
              text: t('deleghe.action.activate'),
              label: t('deleghe.action.activateLabel', { numero }),
              tone: 'main',
              onClick: () => onActivate(numero),
            },
            delega.stato === 'attiva' && {
              text: t('deleghe.action.revoke'),
              label: t('deleghe.action.revokeLabel', { numero }),
              tone: 'danger',
              onClick: () => revoke(delega),
            },
          ]}
        />
        {delega.stato === 'bloccata' && <p className="small mt-1 mb-0">{t('deleghe.blocked')}</p>}
      </>
    );
  };

  if (deleghe.length === 0) return <p>{t('deleghe.archive.empty')}</p>;
  return (
    <>
      <UndoNotice
        notice={notice}
        onUndo={() => {
          undo();
          if (pending.current) onNotice(t('deleghe.action.revokeUndone', { numero: pending.current }));
        }}
      />
      {deleghe
        .filter((delega) => delega.scadenzaTraGiorni !== null)
        .map((delega) => (
          <Alert key={delega.numeroRichiesta} color="warning">
            {t('deleghe.reminder', {
              numero: delega.numeroRichiesta,
              giorni: delega.scadenzaTraGiorni ?? 0,
              data: formatDate(delega.dataFine),
            })}
          </Alert>
        ))}
      <p className="text-muted">{t('deleghe.attach.localOnly')}</p>
      <DelegheTable
        caption={t('deleghe.archive.title')}
        testId="deleghe-table"
        rows={deleghe}
        posizione={(delega) => delega.posizioneId}
        columns={[
          {
            header: t('deleghe.col.stato'),
            testId: 'stato',
            cell: (delega) => STATI_DELEGA.labels[delega.stato],
          },
          {
            header: t('deleghe.col.date'),
            cell: (delega) => `${formatDate(delega.request.dataInizio)} – ${formatDate(delega.dataFine)}`,
          },
          { header: t('deleghe.col.conservare'), cell: (delega) => formatDate(delega.conservareFino) },
          {
            header: t('deleghe.col.documenti'),
            cell: (delega) => <Documenti delega={delega} onAttach={attach} />,
          },
          { header: t('deleghe.col.azioni'), cell: (delega) => actions(delega) },
        ]}
      />
    </>
  );
}
