import { Alert, Button } from 'design-react-kit';
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { StagedAllegato, SendQuesitoResult } from '../../../shared/contract/calls/quesitiCalls';
import {
  ALLOWED_EXTENSIONS,
  CLASSI_QUESITO,
  DEFAULT_ALLEGATO_LIMITS,
  findClasse,
  formatFileSize,
  formatMegabytes,
  refusalOf,
  sanitiseFileNames,
  TESTO_QUESITO_MAX,
} from '../../../shared/domain/quesiti';
import { formatDate } from '../../format';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { hrefOf } from '../../state/routeStore';
import { usePosizioneStore } from '../../state/posizioneStore';
import { FilePicker } from '../../files/FilePicker';
import { SelectField, TextareaField, type FieldFrame } from '../../components/FormField';
import { fileToBase64 } from '../../files/fileTransfer';

const limits = DEFAULT_ALLEGATO_LIMITS;

/** Compose a quesito for the chosen posizione: classe and oggetto, text, up to three files. */
export function QuesitoComposePage() {
  const client = useClient();
  const selected = usePosizioneStore((state) => state.selected);
  const [classe, setClasse] = useState('');
  const [oggetto, setOggetto] = useState('');
  const [testo, setTesto] = useState('');
  const [allegati, setAllegati] = useState<StagedAllegato[]>([]);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [progress, setProgress] = useState<{ label: string; percent: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<SendQuesitoResult | null>(null);
  const id = useId();

  useEffect(
    () =>
      client.on('quesiti.progress', ({ percent }) => setProgress({ label: t('quesito.zipping'), percent })),
    [client],
  );

  if (selected.kind !== 'ready') return null;
  const posizione = selected.value;
  const oggetti = findClasse(classe)?.oggetti ?? [];
  // The names as they will be in the ZIP, where two equal names are told apart.
  const shownNames = sanitiseFileNames(allegati.map((a) => a.nome));

  async function addFiles(files: readonly File[]) {
    const problems: string[] = [];
    let count = allegati.length;
    const accepted: File[] = [];
    for (const file of files) {
      const refusal = refusalOf({ name: file.name, size: file.size }, count, limits);
      if (refusal) problems.push(refusal);
      else {
        accepted.push(file);
        count += 1;
      }
    }
    setRefusals(problems);
    const total = accepted.reduce((sum, file) => sum + file.size, 0) || 1;
    let before = 0;
    const staged: StagedAllegato[] = [];
    for (const file of accepted) {
      const base64 = await fileToBase64(file, (loaded) =>
        setProgress({
          label: t('quesito.allegati.reading'),
          percent: Math.floor(((before + loaded) / total) * 100),
        }),
      );
      before += file.size;
      const answer = await client.call('quesiti.stage', { nome: file.name, contenutoBase64: base64 });
      if (answer.ok) staged.push(answer.value);
      else problems.push(answer.error.message);
    }
    setProgress(null);
    setRefusals([...problems]);
    setAllegati((current) => [...current, ...staged]);
  }

  async function remove(stagedId: string) {
    setAllegati((current) => current.filter((a) => a.stagedId !== stagedId));
    await client.call('quesiti.unstage', { stagedId });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!classe || !oggetto || testo.trim() === '') {
      setError(t('quesito.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    const answer = await client.call('quesiti.send', {
      posizioneId: posizione.id,
      classe,
      oggetto,
      testo,
      allegati: allegati.map((a) => a.stagedId),
    });
    setBusy(false);
    setProgress(null);
    if (!answer.ok) {
      setError(answer.error.message);
      return;
    }
    setResult(answer.value);
    setAllegati([]);
    setTesto('');
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('quesito.title')}</h1>
      <p>{t('quesito.posizione', { denominazione: posizione.denominazione, id: posizione.id })}</p>
      <p className="text-muted">{t('quesito.intro')}</p>
      {result?.kind === 'sent' && (
        <Alert color="success" role="status">
          {t('quesito.sent', {
            protocollo: result.quesito.protocollo,
            data: formatDate(result.quesito.dataApertura),
            sede: result.quesito.sede,
          })}{' '}
          <a href={hrefOf('quesiti')}>{t('quesito.goHistory')}</a>
        </Alert>
      )}
      {result?.kind === 'queued' && (
        <Alert color="warning" role="status">
          {t('quesito.queued')} <a href={hrefOf('quesiti')}>{t('quesito.goHistory')}</a>
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="row">
          <CodedSelect
            id={`${id}-classe`}
            label={t('quesito.classe')}
            wrapperClassName="col-12 col-md-6 mb-4"
            value={classe}
            options={CLASSI_QUESITO}
            onCode={(code) => {
              setClasse(code);
              setOggetto('');
            }}
          />
          <CodedSelect
            id={`${id}-oggetto`}
            label={t('quesito.oggetto')}
            wrapperClassName="col-12 col-md-6 mb-4"
            value={oggetto}
            disabled={oggetti.length === 0}
            options={oggetti}
            onCode={setOggetto}
          />
        </div>
        <TextareaField
          id={`${id}-testo`}
          label={t('quesito.testo')}
          wrapperClassName="mb-4"
          rows={6}
          maxLength={TESTO_QUESITO_MAX}
          value={testo}
          onChange={(event) => setTesto(event.target.value)}
        />
        <div className="mb-4">
          <label htmlFor={`${id}-allegati`} className="form-label active d-block">
            {t('quesito.allegati')}
          </label>
          <FilePicker
            id={`${id}-allegati`}
            kind="allegato"
            multiple
            aria-describedby={`${id}-allegati-aiuto`}
            onFiles={(files) => void addFiles(files.map((picked) => picked.file))}
          />
          <small id={`${id}-allegati-aiuto`} className="form-text d-block">
            {t('quesito.allegati.hint', {
              max: limits.maxFiles,
              size: formatMegabytes(limits.maxBytesPerFile),
              types: ALLOWED_EXTENSIONS.join(', '),
            })}
          </small>
          {refusals.length > 0 && (
            <div role="alert" className="field-error mt-2" data-testid="allegati-refusals">
              {refusals.map((message) => (
                <p key={message} className="mb-1">
                  {message}
                </p>
              ))}
            </div>
          )}
          {allegati.length > 0 && (
            <ul className="list-unstyled mt-2" data-testid="allegati">
              {allegati.map((a, index) => (
                <li key={a.stagedId} className="d-flex align-items-center gap-2 mb-1">
                  <span>
                    {shownNames[index]} ({formatFileSize(a.dimensione)})
                  </span>
                  <Button
                    type="button"
                    size="xs"
                    color="secondary"
                    outline
                    onClick={() => void remove(a.stagedId)}
                  >
                    {t('quesito.allegati.remove', { nome: shownNames[index] ?? a.nome })}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
        {progress && (
          <div className="mb-3">
            <label htmlFor={`${id}-progress`} className="d-block">
              {progress.label}: {progress.percent}%
            </label>
            <progress id={`${id}-progress`} max={100} value={progress.percent} className="w-100" />
          </div>
        )}
        {error && (
          <Alert color="danger" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" color="primary" disabled={busy}>
          {busy ? t('quesito.sending') : t('quesito.send')}
        </Button>
      </form>
    </section>
  );
}

/** A select over one of INPS's coded lists (classi, oggetti), "Scegli" first. */
function CodedSelect({
  options,
  onCode,
  ...field
}: FieldFrame & {
  value: string;
  disabled?: boolean;
  options: readonly { code: string; label: string }[];
  onCode(code: string): void;
}) {
  return (
    <SelectField {...field} onChange={(event) => onCode(event.target.value)}>
      <option value="">{t('quesito.choose')}</option>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}
