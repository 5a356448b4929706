import { useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import type { ArchivedDelega } from '../../../shared/contract/calls/delegheCalls';
import {
  DURATE_MESI,
  QUALIFICHE_INTERMEDIARIO,
  SERVIZI_DELEGABILI,
  delegaRequestSchema,
  fieldErrors,
} from '../../../shared/domain/delega';
import { TextField } from '../../components/TextField';
import { t, type MessageKey } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { useSessionStore } from '../../state/sessionStore';
import { printFile, saveFile } from '../../files/fileTransfer';
import { fieldId, initialValues, toRequestInput, type FormValues } from './formModel';
import { CheckboxField } from '../../components/FormField';
import { DateInput } from '../../components/DateInput';

type Field = { path: string; label: MessageKey; kind?: 'date' | 'qualifica' | 'durata' };

/** Fields that are not plain text, by path. */
const KINDS: Record<string, Field['kind']> = {
  'intermediario.qualifica': 'qualifica',
  dataInizio: 'date',
  durataMesi: 'durata',
  dataSottoscrizione: 'date',
};

/** The fields of one part of the request (`group`, "" for the request itself), in form order. */
const fieldsOf = (group: string, labels: Record<string, MessageKey>): Field[] =>
  Object.entries(labels).map(([key, label]) => {
    const path = group ? `${group}.${key}` : key;
    return { path, label, kind: KINDS[path] };
  });

const PERSONA = {
  codiceFiscale: 'deleghe.field.codiceFiscale',
  nome: 'deleghe.field.nome',
  cognome: 'deleghe.field.cognome',
} as const;

const SECTIONS: ReadonlyArray<{ title: MessageKey; fields: Field[] }> = [
  {
    title: 'deleghe.form.intermediario',
    fields: fieldsOf('intermediario', {
      ...PERSONA,
      qualifica: 'deleghe.field.qualifica',
      ordine: 'deleghe.field.ordine',
      provinciaOrdine: 'deleghe.field.provinciaOrdine',
      numeroIscrizione: 'deleghe.field.numeroIscrizione',
      studio: 'deleghe.field.studio',
      pec: 'deleghe.field.pec',
    }),
  },
  {
    title: 'deleghe.form.ente',
    fields: fieldsOf('ente', {
      codiceFiscale: 'deleghe.field.codiceFiscaleEnte',
      denominazione: 'deleghe.field.denominazione',
      progressivo: 'deleghe.field.progressivo',
      pec: 'deleghe.field.pec',
    }),
  },
  {
    title: 'deleghe.form.legale',
    fields: fieldsOf('legaleRappresentante', { ...PERSONA, carica: 'deleghe.field.carica' }),
  },
];

const TAIL_FIELDS: Field[] = fieldsOf('', {
  dataInizio: 'deleghe.field.dataInizio',
  durataMesi: 'deleghe.field.durataMesi',
  luogo: 'deleghe.field.luogo',
  dataSottoscrizione: 'deleghe.field.dataSottoscrizione',
});

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <div id={`${id}-errore`} className="field-error" role="alert">
      {error}
    </div>
  ) : null;
}

/** The request form: validated with the shared schema, errors on each field. */
export function DelegaForm({
  onSubmitted,
  onCancel,
}: {
  onSubmitted(delega: ArchivedDelega): void;
  onCancel(): void;
}) {
  const client = useClient();
  const status = useSessionStore((state) => state.status);
  const user = status?.state === 'signed-in' ? status.user : null;
  const [values, setValues] = useState<FormValues>(() => initialValues(user));
  const [servizi, setServizi] = useState<string[]>(['denunce_versamenti']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (path: string) => (value: string) => setValues((current) => ({ ...current, [path]: value }));

  /** Validates here first: the same schema the main side and the sandbox apply. */
  function validated() {
    const parsed = delegaRequestSchema.safeParse(toRequestInput(values, servizi));
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    const found = fieldErrors(parsed.error);
    setErrors(found);
    setFailure(t('deleghe.form.invalid'));
    const first = Object.keys(found)[0];
    if (first) document.getElementById(first === 'servizi' ? 'delega-servizi-0' : fieldId(first))?.focus();
    return null;
  }

  /** The delega to sign, saved or opened for printing: main makes the PDF, the host delivers it. */
  async function pdf(how: 'save' | 'print') {
    setFailure(null);
    const request = validated();
    if (!request) return;
    const source = { call: 'deleghe.pdf', input: { request } } as const;
    const result = await (how === 'save' ? saveFile(client, source) : printFile(client, source));
    if (!result.ok) return refused(result.error);
  }

  async function submit() {
    setFailure(null);
    const request = validated();
    if (!request) return;
    setBusy(true);
    const result = await client.call('deleghe.submit', { request });
    setBusy(false);
    if (result.ok) return onSubmitted(result.value);
    refused(result.error);
  }

  /** A refusal from the main side: its issues go on their fields, as the form's own do. */
  function refused(error: { message: string; issues?: ReadonlyArray<{ path: string; message: string }> }) {
    const issues = Object.fromEntries(
      (error.issues ?? []).map((issue) => [issue.path.replace(/^request\./, ''), issue.message]),
    );
    setErrors(issues);
    setFailure(error.message);
  }

  const renderField = (field: Field) => {
    const id = fieldId(field.path);
    const error = errors[field.path];
    const value = values[field.path] ?? '';
    if (!field.kind) {
      return (
        <TextField
          key={field.path}
          id={id}
          label={t(field.label)}
          value={value}
          error={error}
          onChange={set(field.path)}
        />
      );
    }
    const common = {
      id,
      className: `form-control${error ? ' is-invalid' : ''}`,
      value,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${id}-errore` : undefined,
    } as const;
    return (
      <div key={field.path} className="mb-4">
        <label htmlFor={id} className="form-label">
          {t(field.label)}
        </label>
        {field.kind === 'date' && (
          <DateInput
            {...common}
            kind="date"
            what={t(field.label)}
            onValue={(next) => set(field.path)(next)}
          />
        )}
        {field.kind === 'qualifica' && (
          <select {...common} onChange={(e) => set(field.path)(e.target.value)}>
            {QUALIFICHE_INTERMEDIARIO.codes.map((q) => (
              <option key={q} value={q}>
                {QUALIFICHE_INTERMEDIARIO.labels[q]}
              </option>
            ))}
          </select>
        )}
        {field.kind === 'durata' && (
          <select {...common} onChange={(e) => set(field.path)(e.target.value)}>
            {DURATE_MESI.map((mesi) => (
              <option key={mesi} value={String(mesi)}>
                {t('deleghe.field.durataOption', { mesi })}
              </option>
            ))}
          </select>
        )}
        <FieldError id={id} error={error} />
      </div>
    );
  };

  return (
    <form
      aria-labelledby="delega-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="delega-form-title">{t('deleghe.form.title')}</h2>
      {failure && (
        <Alert color="danger" role="alert">
          {failure}
        </Alert>
      )}
      {SECTIONS.map((section) => (
        <fieldset key={section.title} className="mb-3">
          <legend className="h5">{t(section.title)}</legend>
          <div className="row">
            {section.fields.map((field) => (
              <div key={field.path} className="col-md-6">
                {renderField(field)}
              </div>
            ))}
          </div>
        </fieldset>
      ))}
      <fieldset className="mb-3" aria-describedby={errors.servizi ? 'delega-servizi-errore' : undefined}>
        <legend className="h5">{t('deleghe.form.servizi')}</legend>
        {SERVIZI_DELEGABILI.codes.map((servizio, index) => (
          <CheckboxField
            key={servizio}
            id={`delega-servizi-${index}`}
            label={SERVIZI_DELEGABILI.labels[servizio]}
            checked={servizi.includes(servizio)}
            onChange={(event) =>
              setServizi((current) =>
                event.target.checked ? [...current, servizio] : current.filter((s) => s !== servizio),
              )
            }
          />
        ))}
        <FieldError id="delega-servizi" error={errors.servizi} />
        <div className="row mt-3">
          {TAIL_FIELDS.map((field) => (
            <div key={field.path} className="col-md-6">
              {renderField(field)}
            </div>
          ))}
        </div>
      </fieldset>
      <div className="d-flex flex-wrap gap-2">
        <Button type="button" color="primary" outline onClick={() => void pdf('save')}>
          {t('deleghe.form.pdf')}
        </Button>
        <Button type="button" color="primary" outline onClick={() => void pdf('print')}>
          {t('deleghe.form.print')}
        </Button>
        <Button type="submit" color="primary" disabled={busy}>
          {t('deleghe.form.submit')}
        </Button>
        <Button type="button" color="secondary" outline onClick={onCancel}>
          {t('deleghe.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
