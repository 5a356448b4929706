import { useState, type FormEvent } from 'react';
import { Alert, Button } from 'design-react-kit';
import {
  entroTermineContestazione,
  GIORNI_CONTESTAZIONE,
  oggiInItalia,
  parseImportoInput,
  termineContestazione,
  type NotaDiDebito,
} from '../../../shared/domain/sezioni';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { InputField, SelectField, TextareaField } from '../../components/FormField';
import { useClient } from '../../ipc/ClientContext';
import { FileField } from '../../files/FileField';
import { fileToBase64 } from '../../files/fileTransfer';

/** Contestazione of a regolarizzazione contributiva (INPS msg 1779/2019). */
export function ContestazioneForm({
  posizioneId,
  nota,
  onDone,
}: {
  posizioneId: string;
  nota: NotaDiDebito;
  onDone(): Promise<void>;
}) {
  const client = useClient();
  const [lavoratore, setLavoratore] = useState(nota.lavoratori[0]?.codiceFiscale ?? '');
  const [contributo, setContributo] = useState('');
  const [motivazione, setMotivazione] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [message, setMessage] = useState<{ color: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  // After a success the form closes and forgets what was sent: a second click must not send it
  // again and use up the worker's last contestazione.
  const [open, setOpen] = useState(true);
  const [fileInputKey, setFileInputKey] = useState(0);

  if (
    nota.tipo !== 'regolarizzazione contributiva' ||
    (nota.stato !== 'notificata' && nota.stato !== 'contestata')
  ) {
    return <p className="small text-muted">{t('contestazione.notAllowed')}</p>;
  }
  const termine = {
    termine: formatDate(termineContestazione(nota.dataEmissione)),
    notifica: formatDate(nota.dataEmissione),
    giorni: GIORNI_CONTESTAZIONE,
  };
  // The INPS says whether it still accepts one; the day in Italy closes the form too, should the
  // list have been read before midnight there.
  const closed =
    !nota.contestabile || !entroTermineContestazione(nota.dataEmissione, oggiInItalia(new Date()));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const importo = parseImportoInput(contributo);
    if (!importo) return setMessage({ color: 'danger', text: t('sezione.filter.importoInvalid') });
    setBusy(true);
    const allegati = await Promise.all(
      files.slice(0, 3).map(async (file) => ({ nome: file.name, contenutoBase64: await fileToBase64(file) })),
    );
    const result = await client.call('noteDebito.contest', {
      posizioneId,
      notaId: nota.id,
      codiceFiscaleLavoratore: lavoratore,
      contributoProposto: importo,
      motivazione,
      allegati,
    });
    setBusy(false);
    if (!result.ok) return setMessage({ color: 'danger', text: result.error.message });
    const rimaste = result.value.contestazioniRimaste;
    setMessage({
      color: 'success',
      text: `${t('contestazione.done', { id: result.value.id, stato: result.value.statoNota })} ${t(
        rimaste === 0
          ? 'contestazione.rimaste.0'
          : rimaste === 1
            ? 'contestazione.rimaste.1'
            : 'contestazione.rimaste.n',
        { n: rimaste, lavoratore },
      )}`,
    });
    setContributo('');
    setMotivazione('');
    setFiles([]);
    setFileInputKey((key) => key + 1);
    setOpen(false);
    await onDone();
  };
  const confirmation = message && (
    <Alert color={message.color} className="mt-2" role={message.color === 'danger' ? 'alert' : 'status'}>
      {message.text}
    </Alert>
  );
  if (!open) {
    return (
      <section className="border-top pt-3" aria-labelledby="contestazione-title">
        <h3 id="contestazione-title" className="h6">
          {t('contestazione.title')}
        </h3>
        {confirmation}
        {!closed && (
          <Button
            color="primary"
            outline
            size="sm"
            onClick={() => {
              setMessage(null);
              setOpen(true);
            }}
          >
            {t('contestazione.another')}
          </Button>
        )}
      </section>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="border-top pt-3" aria-labelledby="contestazione-title">
      <h3 id="contestazione-title" className="h6">
        {t('contestazione.title')}
      </h3>
      <p className="small">{t('contestazione.intro')}</p>
      {closed ? (
        <Alert color="warning" data-testid="contestazione-scaduta">
          {t('contestazione.scaduta', termine)}
        </Alert>
      ) : (
        <p className="small fw-semibold" data-testid="contestazione-termine">
          {t('contestazione.termine', termine)}
        </p>
      )}
      <fieldset disabled={closed} className="row g-2">
        <SelectField
          id="ct-lavoratore"
          label={t('contestazione.lavoratore')}
          compact
          wrapperClassName="col-md-4"
          value={lavoratore}
          onChange={(e) => setLavoratore(e.target.value)}
        >
          {nota.lavoratori.map((l) => (
            <option key={l.codiceFiscale} value={l.codiceFiscale}>
              {l.codiceFiscale}
            </option>
          ))}
        </SelectField>
        <InputField
          id="ct-contributo"
          label={t('contestazione.contributo')}
          compact
          wrapperClassName="col-md-3"
          inputMode="decimal"
          required
          value={contributo}
          onChange={(e) => setContributo(e.target.value)}
        />
        <FileField
          key={fileInputKey}
          id="ct-allegati"
          label={t('contestazione.allegati')}
          compact
          wrapperClassName="col-md-5"
          kind="allegato"
          multiple
          onFiles={(picked) => setFiles(picked.map((entry) => entry.file))}
        />
        <TextareaField
          id="ct-motivazione"
          label={t('contestazione.motivazione')}
          wrapperClassName="col-12"
          rows={3}
          required
          minLength={10}
          value={motivazione}
          onChange={(e) => setMotivazione(e.target.value)}
        />
      </fieldset>
      <Button color="primary" size="sm" className="mt-2" type="submit" disabled={busy || closed}>
        {t('contestazione.submit')}
      </Button>
      {confirmation}
    </form>
  );
}
