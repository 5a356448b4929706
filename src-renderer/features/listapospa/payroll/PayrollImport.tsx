import { useState } from 'react';
import type { CallOutput } from '../../../../shared/contract';
import type { PayrollMapping } from '../../../../shared/domain/listapospa/payroll/mapping';
import { CheckboxField } from '../../../components/FormField';
import { FileField } from '../../../files/FileField';
import { fileToBase64 } from '../../../files/fileTransfer';
import { formatMonth } from '../../../format';
import { t } from '../../../i18n';
import { useClient } from '../../../ipc/ClientContext';
import { MappingTable } from './MappingTable';
import { PreviewIssues } from './PreviewIssues';

type Preview = CallOutput<'listapospa.payroll.preview'>;

interface PayrollImportProps {
  posizione: { id: string; codiceFiscaleEnte: string; denominazione: string; progressivo: string };
  annoMese: string;
  onDone(message: string): void;
  onClose(): void;
}

/**
 * A payroll file → the month's draft: choose the file, check how its columns map (saved per
 * ente, proposed again), read the errors row by row, then create the draft, or merge it into
 * the month's draft after saying which workers change. Nothing is written before "Crea".
 */
export function PayrollImport({ posizione, annoMese, onDone, onClose }: PayrollImportProps) {
  const client = useClient();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<PayrollMapping | null>(null);
  // The mapping on screen differs from the one the preview used: preview again before writing.
  const [stale, setStale] = useState(false);
  const [confirmMerge, setConfirmMerge] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const target = {
    posizioneId: posizione.id,
    annoMese,
    cfAzienda: posizione.codiceFiscaleEnte,
    ragSocAzienda: posizione.denominazione,
    prgAzienda: posizione.progressivo,
  };

  const runPreview = async (chosen: { name: string; base64: string }, withMapping: PayrollMapping | null) => {
    setBusy(true);
    const result = await client.call('listapospa.payroll.preview', {
      ...target,
      fileName: chosen.name,
      contenutoBase64: chosen.base64,
      ...(withMapping ? { mapping: withMapping } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setPreview(null);
      return setError(result.error.message);
    }
    setError(null);
    setPreview(result.value);
    setMapping(result.value.mapping);
    setStale(false);
    setConfirmMerge(false);
  };

  const choose = async (picked: File) => {
    const chosen = { name: picked.name, base64: await fileToBase64(picked) };
    setFile(chosen);
    // A corrected file with the same columns keeps the associations the user chose on screen.
    await runPreview(chosen, mapping);
  };

  const apply = async () => {
    if (!file || !preview || !mapping) return;
    setBusy(true);
    const result = await client.call('listapospa.payroll.apply', {
      ...target,
      fileName: file.name,
      contenutoBase64: file.base64,
      mapping,
      merge: confirmMerge,
      ...(preview.changes.existing ? { expectedRevision: preview.changes.existing.revision } : {}),
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    const { changes } = result.value;
    onDone(
      t('lpp.done', {
        mese: formatMonth(annoMese),
        aggiunti: changes.addedCount,
        sostituiti: changes.replacedCount,
      }),
    );
  };

  const changes = preview?.changes;
  const canApply =
    !!preview &&
    !stale &&
    !busy &&
    preview.readBlocking === 0 &&
    preview.lavoratori > 0 &&
    (!changes?.existing || confirmMerge);

  return (
    <section aria-labelledby="lpp-title" className="card card-body mb-4" data-testid="lpp-panel">
      <div className="d-flex justify-content-between align-items-start">
        <h2 id="lpp-title" className="h4">
          {t('lpp.title')}
        </h2>
        <button type="button" className="btn btn-sm btn-outline-secondary" onClick={onClose}>
          {t('lpp.close')}
        </button>
      </div>
      <p>{t('lpp.intro', { mese: formatMonth(annoMese) })}</p>
      <FileField
        id="lpp-file"
        label={t('lpp.file')}
        kind="paghe"
        onFiles={(files) => {
          if (files[0]) void choose(files[0].file);
        }}
      />
      {busy && <p role="status">{t('lpp.reading')}</p>}
      {error && (
        <div className="alert alert-danger mt-3" role="alert" data-testid="lpp-error">
          {error}
        </div>
      )}
      {preview && mapping && file && (
        <>
          <p className="mt-3" data-testid="lpp-file-info">
            {t('lpp.fileInfo', {
              tipo: preview.fileKind.toUpperCase(),
              righe: preview.righe,
              lavoratori: preview.lavoratori,
            })}
            {preview.encoding ? ` · ${t('lpp.encoding', { codifica: preview.encoding })}` : ''}
          </p>
          <h3 className="h5">{t('lpp.mapping')}</h3>
          <p>{t(`lpp.mapping.${preview.mappingSource}`)}</p>
          <MappingTable
            mapping={mapping}
            samples={preview.samples}
            onChange={(next) => {
              setMapping(next);
              setStale(true);
            }}
          />
          <button
            type="button"
            className="btn btn-outline-primary mb-3"
            disabled={busy}
            onClick={() => void runPreview(file, mapping)}
          >
            {t('lpp.refresh')}
          </button>
          <h3 className="h5">{t('lpp.preview')}</h3>
          <div role="status" data-testid="lpp-summary">
            {preview.issueCount === 0 ? (
              <p>{t('lpp.noIssues')}</p>
            ) : (
              <p>
                {t('lpp.issues', { n: preview.issueCount, bloccanti: preview.readBlocking })}{' '}
                {preview.issues.length < preview.issueCount
                  ? t('lpp.issuesShown', { n: preview.issues.length })
                  : ''}
              </p>
            )}
          </div>
          {preview.issues.length > 0 && <PreviewIssues issues={preview.issues} />}
          {changes && !changes.existing && (
            <p data-testid="lpp-changes">
              {t('lpp.newDraft', { mese: formatMonth(annoMese), n: changes.addedCount })}
            </p>
          )}
          {changes?.existing && (
            <div data-testid="lpp-changes">
              <p>
                {t('lpp.merge', {
                  mese: formatMonth(annoMese),
                  esistenti: changes.existing.numeroD0,
                  aggiunti: changes.addedCount,
                  sostituiti: changes.replacedCount,
                  invariati: changes.kept,
                })}
              </p>
              {changes.replaced.length > 0 && (
                <>
                  <h4 className="h6">{t('lpp.replacedList')}</h4>
                  <ul>
                    {changes.replaced.map((worker) => (
                      <li key={worker.cf}>
                        {worker.nome} ({worker.cf})
                      </li>
                    ))}
                  </ul>
                </>
              )}
              <CheckboxField
                id="lpp-confirm-merge"
                label={t('lpp.confirmMerge')}
                checked={confirmMerge}
                onChange={(e) => setConfirmMerge(e.target.checked)}
              />
            </div>
          )}
          {preview.readBlocking > 0 && <p className="text-danger">{t('lpp.readBlocking')}</p>}
          <button type="button" className="btn btn-primary" disabled={!canApply} onClick={() => void apply()}>
            {t(changes?.existing ? 'lpp.applyMerge' : 'lpp.apply')}
          </button>
        </>
      )}
    </section>
  );
}
