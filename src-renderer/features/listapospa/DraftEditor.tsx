import { useEffect, useMemo, useState } from 'react';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t } from '../../i18n';
import type { ContractClient } from '../../../shared/contract';
import { useClient } from '../../ipc/ClientContext';
import { DraftTotals } from './DraftTotals';
import { useEditorStore } from './editorStore';
import { ErrorsPanel } from './ErrorsPanel';
import { focusFinding } from './fieldId';
import { FrontespizioPanel } from './FrontespizioPanel';
import { RatesPanel } from './RatesPanel';
import { SentNotice } from './SentNotice';
import { SubmitButton, SubmitPanel, useSubmit } from './SubmitPanel';
import { draftStatus, xsdBlockingByWorker, type XsdOutcome } from './draftStatus';
import { WorkerForm } from './WorkerForm';
import { WorkerList } from './WorkerList';
import { formatMonth } from '../../format';
import { saveFile } from '../../files/fileTransfer';

/** The open draft: workers (virtualized), the selected worker's quadri, errors, totals, export. */

type XsdState = { outcome: XsdOutcome; d0?: unknown; frontespizio?: unknown };

/** Rule findings are already on screen, live: keep only what the XSD and the reader add. */
const serverOnly = (findings: readonly Finding[]) =>
  findings.filter((f) => f.code === 'XSD' || f.code.startsWith('CE02'));

/** Saves, then checks the draft with the XSD and the reader; true when the check ran. */
async function fullCheck(client: ContractClient, setXsd: (next: (current: XsdState) => XsdState) => void) {
  // "Verifica in corso" from the click on, not a banner of the state before the check.
  setXsd((current) => ({ ...current, outcome: { kind: 'checking' } }));
  await useEditorStore.getState().flush(client);
  const { d0, frontespizio, posizioneId } = useEditorStore.getState();
  if (!frontespizio) return false;
  const result = await client.call('listapospa.validate', {
    posizioneId,
    annoMese: frontespizio.azienda.annoMeseDenuncia,
  });
  if (!result.ok) {
    setXsd(() => ({ outcome: { kind: 'failed', message: result.error.message } }));
    return false;
  }
  const findings = serverOnly(result.value.findings);
  setXsd(() => ({
    outcome: { kind: 'done', label: result.value.xsdLabel, findings, current: true },
    d0,
    frontespizio,
  }));
  return true;
}

export function DraftEditor({ onClose }: { onClose(): void }) {
  const client = useClient();
  const frontespizio = useEditorStore((state) => state.frontespizio);
  const d0 = useEditorStore((state) => state.d0);
  const selected = useEditorStore((state) => state.selected);
  const save = useEditorStore((state) => state.save);
  const focusPath = useEditorStore((state) => state.focusPath);
  const posizioneId = useEditorStore((state) => state.posizioneId);
  const invio = useEditorStore((state) => state.sent.invio);
  // Sent (or being sent): what INPS has is what this draft shows, so nothing here changes.
  const readOnly = invio !== undefined;
  // The last full check, with the draft it was made on: an edit makes it outdated, and it runs again.
  const [xsd, setXsd] = useState<XsdState>({
    outcome: { kind: 'none' },
  });
  const [status, setStatus] = useState<{ kind: 'info' | 'danger' | 'success'; text: string } | null>(null);
  const denunciaFindings = useEditorStore((state) => state.denunciaFindings);
  const d0Findings = useEditorStore((state) => state.d0Findings);
  const ruleFindings = useMemo(
    () => [...denunciaFindings, ...d0Findings.flat()],
    [denunciaFindings, d0Findings],
  );
  const xsdOutcome: XsdOutcome =
    xsd.outcome.kind === 'done'
      ? { ...xsd.outcome, current: xsd.d0 === d0 && xsd.frontespizio === frontespizio }
      : xsd.outcome;
  const draft = draftStatus({ workers: d0.length, ruleFindings, xsd: xsdOutcome });
  const [frontespizioOpen, setFrontespizioOpen] = useState(false);
  const [headerFocus, setHeaderFocus] = useState<{ path: string } | null>(null);
  const submission = useSubmit({ posizioneId, annoMese: frontespizio?.azienda.annoMeseDenuncia ?? '' });

  useEffect(() => {
    if (focusPath) focusFinding(focusPath);
  }, [focusPath, selected]);

  // After the panel has opened: a new object each click, so the same finding can be jumped to twice.
  useEffect(() => {
    if (headerFocus) focusFinding(headerFocus.path);
  }, [headerFocus]);

  // The rates the user set apply to hints, "Calcola contributi" and CE011 from the first render on.
  useEffect(() => {
    let live = true;
    void client.call('listapospa.rates.get', {}).then((result) => {
      if (live && result.ok) useEditorStore.getState().setRateOverrides(result.value.overrides);
    });
    return () => {
      live = false;
    };
  }, [client]);

  const stale = xsdOutcome.kind === 'done' && !xsdOutcome.current;
  // An edit after the check: check again once the typing stops, so a fixed XSD error goes away.
  useEffect(() => {
    if (!stale) return;
    const timer = setTimeout(() => void fullCheck(client, setXsd), 800);
    return () => clearTimeout(timer);
  }, [stale, d0, frontespizio, client]);

  if (!frontespizio) return null;
  const annoMese = frontespizio.azienda.annoMeseDenuncia;
  const headerErrors = denunciaFindings.filter(
    (f) => f.severity === 'bloccante' && !f.path.includes('.d0['),
  ).length;
  const worker = d0[selected];
  const key = { posizioneId, annoMese };

  const verify = () => {
    setStatus(null);
    return fullCheck(client, setXsd);
  };

  const exportXml = async () => {
    setStatus(null);
    // The findings first (the XML itself never crosses the contract), then main writes the file.
    if (!(await fullCheck(client, setXsd))) return;
    const result = await saveFile(client, { call: 'listapospa.export', input: key });
    if (!result.ok) return setStatus({ kind: 'danger', text: result.error.message });
    const outcome = result.value;
    if (outcome.outcome === 'refused') {
      return setStatus({ kind: 'danger', text: t('lp.exportRefused', { n: outcome.blocking }) });
    }
    if (outcome.outcome === 'cancelled') return setStatus(null);
    setStatus({ kind: 'success', text: t('lp.exported', { file: outcome.fileName }) });
  };

  return (
    <section aria-labelledby="lp-editor-title" className="lp-editor">
      <div className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <button
          type="button"
          className="btn btn-outline-secondary btn-sm"
          onClick={async () => {
            await useEditorStore.getState().flush(client);
            onClose();
          }}
        >
          {t('lp.back')}
        </button>
        <h1 id="lp-editor-title" className="h3 mb-0">
          {t('lp.editor.title', { mese: formatMonth(annoMese) })}
        </h1>
        <span className="small text-muted" role="status" data-testid="lp-save-state">
          {save.kind === 'saving'
            ? t('lp.saving')
            : save.kind === 'error'
              ? t('lp.saveFailed', { motivo: save.message })
              : t('lp.saved', { ora: save.at ? new Date(save.at).toLocaleTimeString('it-IT') : '—' })}
        </span>
        <span className="ms-auto d-flex flex-wrap justify-content-end gap-2">
          <button type="button" className="btn btn-outline-primary btn-sm" onClick={() => void verify()}>
            {t('lp.verify')}
          </button>
          <button type="button" className="btn btn-primary btn-sm" onClick={() => void exportXml()}>
            {t('lp.export')}
          </button>
          {invio?.stato !== 'inviata' && (
            <SubmitButton blocking={draft.blocking} canSubmit={draft.canSubmit} onAsk={submission.ask} />
          )}
        </span>
      </div>
      <SentNotice annoMese={annoMese} />
      <SubmitPanel
        state={submission.state}
        annoMese={annoMese}
        workers={d0.length}
        onSend={() => void submission.send()}
        onCancel={submission.cancel}
      />
      <div className={`alert alert-${draft.banner.tone}`} role="status" data-testid="lp-state">
        {t(draft.banner.key, draft.banner.params)}
      </div>
      {status && (
        <div className={`alert alert-${status.kind}`} role="status" data-testid="lp-status">
          {status.text}
        </div>
      )}
      <details
        className="lp-panel mb-2"
        open={frontespizioOpen}
        onToggle={(event) => setFrontespizioOpen(event.currentTarget.open)}
      >
        <summary className="h5">
          {t('lpf.title')}
          {headerErrors > 0 && (
            <span className="badge bg-danger ms-2">{t('lpf.errors', { n: headerErrors })}</span>
          )}
        </summary>
        <fieldset disabled={readOnly}>
          <FrontespizioPanel frontespizio={frontespizio} />
        </fieldset>
      </details>
      <details className="lp-panel mb-3">
        <summary className="h5">{t('lpr.title')}</summary>
        <RatesPanel annoMese={annoMese} />
      </details>
      <div className="lp-layout">
        <div>
          <WorkerList xsdBlocking={xsdBlockingByWorker(xsdOutcome)} />
          <button
            type="button"
            hidden={readOnly}
            className="btn btn-outline-primary btn-sm mt-2"
            onClick={() =>
              useEditorStore.getState().addD0({
                // A placeholder codice fiscale would pass the check: start empty, the rule says what is missing.
                cfLavoratore: '',
                cognome: '',
                nome: '',
                e0: [],
                e1: [],
                f1: [],
                v1: [],
              })
            }
          >
            {t('lp.addWorker')}
          </button>
        </div>
        <div>
          {worker ? (
            <fieldset disabled={readOnly} data-testid="lp-worker-fields">
              <WorkerForm key={selected} index={selected} d0={worker} annoMese={annoMese} />
            </fieldset>
          ) : (
            <p>{t('lp.noWorker')}</p>
          )}
        </div>
        <aside>
          <ErrorsPanel
            status={draft}
            onFrontespizio={(path) => {
              setFrontespizioOpen(true);
              setHeaderFocus({ path });
            }}
          />
          <DraftTotals />
        </aside>
      </div>
    </section>
  );
}
