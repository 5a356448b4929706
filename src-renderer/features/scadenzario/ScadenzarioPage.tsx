import { Alert, Button } from 'design-react-kit';
import { useId, useState } from 'react';
import { SCADENZA_KINDS, type ScadenzaKind } from '../../../shared/domain/scadenze/scadenza';
import { CheckboxField } from '../../components/FormField';
import { ChoiceField } from '../../components/ChoiceField';
import { RadioField } from '../../components/RadioField';
import { saveFile } from '../../files/fileTransfer';
import { formatDateTime } from '../../format';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { kindLabel } from './labels';
import { ScadenzarioList } from './ScadenzarioList';
import { ScadenzarioMonth } from './ScadenzarioMonth';
import { useScadenzario } from './useScadenzario';

const VISTE = ['elenco', 'mese'] as const;
type Vista = (typeof VISTE)[number];

/** Every deadline of the posizioni the user reaches: list or month, filters, "fatta", .ics. */
export function ScadenzarioPage() {
  const client = useClient();
  const id = useId();
  const { data, error, markDone } = useScadenzario();
  const [vista, setVista] = useState<Vista>('elenco');
  const [posizioneId, setPosizioneId] = useState('');
  const [kind, setKind] = useState<ScadenzaKind | ''>('');
  const [nascondiFatte, setNascondiFatte] = useState(false);
  const [mese, setMese] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState<{ ok: boolean; text: string } | null>(null);

  // The filter offers the posizioni that have deadlines, by name.
  const denominazioni = new Map(data?.voci.map((v) => [v.posizioneId, v.denominazione]));
  const denominazione = (id: string) => denominazioni.get(id) ?? id;
  const posizioni = [...denominazioni.keys()].sort((a, b) =>
    denominazione(a).localeCompare(denominazione(b), 'it'),
  );
  const voci = (data?.voci ?? []).filter(
    (v) =>
      (posizioneId === '' || v.posizioneId === posizioneId) &&
      (kind === '' || v.kind === kind) &&
      !(nascondiFatte && v.fatta),
  );

  const exportIcs = async () => {
    setExporting(true);
    setExported(null);
    const input = {
      ...(posizioneId ? { posizioneId } : {}),
      ...(kind ? { kinds: [kind] } : {}),
      includiFatte: !nascondiFatte,
    };
    const result = await saveFile(client, { call: 'scadenzario.exportIcs', input });
    setExporting(false);
    if (!result.ok)
      setExported({ ok: false, text: t('scadenzario.exportFailed', { message: result.error.message }) });
    else if (result.value.outcome === 'saved' || result.value.outcome === 'download') {
      setExported({
        ok: true,
        text: t('scadenzario.exported', { n: result.value.rows ?? voci.length, file: result.value.fileName }),
      });
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} aria-busy={data === null}>
      <h1 id={`${id}-title`}>{t('scadenzario.title')}</h1>
      <p>{t('scadenzario.intro')}</p>
      <div role="status" aria-live="polite" data-testid="scadenzario-stato">
        {data === null && !error && <p>{t('scadenzario.loading')}</p>}
        {data?.caricamento && <p>{t('scadenzario.progress', data.caricamento)}</p>}
        {data && data.aggiornatoAl === null && !data.caricamento && <p>{t('scadenzario.notRead')}</p>}
        {data?.aggiornatoAl && (
          <p className="small" data-testid="scadenzario-aggiornato">
            {t('scadenzario.updatedAt', { when: formatDateTime(data.aggiornatoAl) })}
          </p>
        )}
      </div>
      {error && <Alert color="danger">{error}</Alert>}
      {data?.errori.map((e) => (
        <Alert color="warning" key={e.posizioneId}>
          {t('scadenzario.rowError', { denominazione: e.denominazione, errore: e.errore })}
        </Alert>
      ))}
      {data && (
        <>
          <div className="row g-3 align-items-end mb-3">
            <RadioField
              name={`${id}-vista`}
              legend={t('scadenzario.view')}
              legendClassName="form-label small mb-1"
              className="col-auto"
              inline
              choices={VISTE}
              value={vista}
              optionLabel={(value) => t(`scadenzario.view.${value}`)}
              onChoose={setVista}
            />
            <ChoiceField
              id={`${id}-posizione`}
              label={t('scadenzario.filter.posizione')}
              compact
              wrapperClassName="col-auto"
              value={posizioneId}
              choices={posizioni}
              optionLabel={denominazione}
              anyLabel={t('scadenzario.filter.tutte')}
              onChoose={(chosen) => setPosizioneId(chosen ?? '')}
            />
            <ChoiceField
              id={`${id}-kind`}
              label={t('scadenzario.filter.kind')}
              compact
              wrapperClassName="col-auto"
              value={kind}
              choices={SCADENZA_KINDS}
              optionLabel={kindLabel}
              anyLabel={t('scadenzario.filter.tutti')}
              onChoose={(chosen) => setKind(chosen ?? '')}
            />
            <CheckboxField
              id={`${id}-nascondi`}
              label={t('scadenzario.filter.nascondiFatte')}
              compact
              wrapperClassName="col-auto mb-2"
              checked={nascondiFatte}
              onChange={(event) => setNascondiFatte(event.target.checked)}
            />
            <div className="col-auto">
              <Button
                color="primary"
                size="sm"
                disabled={exporting || voci.length === 0}
                onClick={() => void exportIcs()}
              >
                {exporting ? t('scadenzario.exporting') : t('scadenzario.export')}
              </Button>
            </div>
          </div>
          <div aria-live="polite">
            {exported && (
              <Alert color={exported.ok ? 'success' : 'danger'} data-testid="scadenzario-export-esito">
                {exported.text}
              </Alert>
            )}
          </div>
          <p className="small" data-testid="scadenzario-conteggio">
            {t('scadenzario.count', { n: voci.length })}
          </p>
          {vista === 'elenco' ? (
            voci.length === 0 ? (
              <p>{t('scadenzario.empty')}</p>
            ) : (
              <ScadenzarioList voci={voci} onMark={(voce, fatta) => void markDone(voce, fatta)} />
            )
          ) : (
            <ScadenzarioMonth
              mese={mese ?? data.oggi.slice(0, 7)}
              oggi={data.oggi}
              voci={voci}
              onMonth={setMese}
            />
          )}
        </>
      )}
    </section>
  );
}
