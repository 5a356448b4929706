import { useState, type FormEvent } from 'react';
import { Alert, Button } from 'design-react-kit';
import {
  calcolaSanzioneCivile,
  type SanzioneResult,
  type TipoInadempienza,
} from '../../../shared/domain/sanzioni/sanzioniCivili';
import { formatCell, parseImportoInput } from '../../../shared/domain/sezioni';
import { t } from '../../i18n';
import { CheckboxField, InputField, SelectField } from '../../components/FormField';
import { DateField } from '../../components/DateInput';

export interface SanzioniDefaults {
  contributi?: string;
  scadenza?: string;
  pagamento?: string;
}

/** Sanzioni civili for a late or omitted payment, with the breakdown by TUR period. */
export function SanzioniCalculator({ defaults }: { defaults: SanzioniDefaults }) {
  const [tipo, setTipo] = useState<TipoInadempienza>('omissione');
  const [contributi, setContributi] = useState(
    defaults.contributi ? formatCell('amount', defaults.contributi) : '',
  );
  const [scadenza, setScadenza] = useState(defaults.scadenza ?? '');
  const [pagamento, setPagamento] = useState(defaults.pagamento ?? '');
  const [spontaneo, setSpontaneo] = useState(false);
  const [denuncia, setDenuncia] = useState('');
  const [outcome, setOutcome] = useState<
    { ok: true; value: SanzioneResult } | { ok: false; message: string } | null
  >(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const importo = parseImportoInput(contributi);
    if (!importo) return setOutcome({ ok: false, message: t('sezione.filter.importoInvalid') });
    try {
      setOutcome({
        ok: true,
        value: calcolaSanzioneCivile({
          tipo,
          contributi: importo,
          scadenza,
          pagamento,
          spontaneo,
          ...(denuncia ? { denuncia } : {}),
        }),
      });
    } catch (error) {
      setOutcome({
        ok: false,
        message: t('sanzioni.error', { message: error instanceof Error ? error.message : String(error) }),
      });
    }
  };
  const result = outcome?.ok ? outcome.value : null;
  const dateFields: Array<[string, string, string, (value: string) => void, boolean]> = [
    ['sz-scadenza', t('sanzioni.scadenza'), scadenza, setScadenza, true],
    ['sz-pagamento', t('sanzioni.pagamento'), pagamento, setPagamento, true],
    ['sz-denuncia', t('sanzioni.denuncia'), denuncia, setDenuncia, false],
  ];
  return (
    <form
      onSubmit={submit}
      className="border-top pt-3"
      aria-labelledby="sanzioni-title"
      data-testid="sanzioni"
    >
      <h3 id="sanzioni-title" className="h6">
        {t('sanzioni.title')}
      </h3>
      <p className="small">{t('sanzioni.intro')}</p>
      <div className="row g-2">
        <SelectField
          id="sz-tipo"
          label={t('sanzioni.tipo')}
          compact
          wrapperClassName="col-md-4"
          value={tipo}
          onChange={(e) => setTipo(e.target.value as TipoInadempienza)}
        >
          <option value="omissione">{t('sanzioni.tipo.omissione')}</option>
          <option value="evasione">{t('sanzioni.tipo.evasione')}</option>
        </SelectField>
        <InputField
          id="sz-contributi"
          label={t('sanzioni.contributi')}
          compact
          wrapperClassName="col-md-2"
          inputMode="decimal"
          required
          value={contributi}
          onChange={(e) => setContributi(e.target.value)}
        />
        {dateFields.map(([id, label, value, set, required]) => (
          <DateField
            key={id}
            id={id}
            kind="date"
            label={label}
            what={label}
            compact
            wrapperClassName="col-md-2"
            required={required}
            value={value}
            onValue={(next) => set(next)}
          />
        ))}
        <CheckboxField
          id="sz-spontaneo"
          label={t('sanzioni.spontaneo')}
          compact
          wrapperClassName="col-12 ms-2"
          checked={spontaneo}
          onChange={(e) => setSpontaneo(e.target.checked)}
        />
      </div>
      <Button color="primary" size="sm" className="mt-2" type="submit">
        {t('sanzioni.calcola')}
      </Button>
      {outcome && !outcome.ok && (
        <Alert color="danger" className="mt-2">
          {outcome.message}
        </Alert>
      )}
      {result && (
        <div className="mt-3" data-testid="sanzioni-result">
          <p className="h5">{t('sanzioni.result', { importo: formatCell('amount', result.sanzione) })}</p>
          <dl className="row small mb-2">
            <dt className="col-sm-3">{t('sanzioni.regime')}</dt>
            <dd className="col-sm-9">{result.regime}</dd>
            <dt className="col-sm-3">{t('sanzioni.rule')}</dt>
            <dd className="col-sm-9">{result.rule}</dd>
            <dt className="col-sm-3">{t('sanzioni.rate')}</dt>
            <dd className="col-sm-9">{result.rateLabel}</dd>
            <dt className="col-sm-3">{t('sanzioni.days')}</dt>
            <dd className="col-sm-9">{result.days}</dd>
            <dt className="col-sm-3">{t('sanzioni.uncapped')}</dt>
            <dd className="col-sm-9">{formatCell('amount', result.uncapped)}</dd>
            <dt className="col-sm-3">{t('sanzioni.cap', { percent: result.capPercent })}</dt>
            <dd className="col-sm-9">
              {formatCell('amount', result.cap)}
              {result.capped ? ` – ${t('sanzioni.capped')}` : ''}
            </dd>
          </dl>
          {result.segments.length > 0 && (
            <table className="table table-sm" data-testid="sanzioni-segments">
              <thead>
                <tr>
                  <th scope="col">{t('sanzioni.col.dal')}</th>
                  <th scope="col">{t('sanzioni.col.al')}</th>
                  <th scope="col">{t('sanzioni.col.giorni')}</th>
                  <th scope="col">{t('sanzioni.col.tasso')}</th>
                  <th scope="col" className="text-end">
                    {t('sanzioni.col.importo')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.segments.map((s) => (
                  <tr key={s.from}>
                    <td>{formatCell('date', s.from)}</td>
                    <td>{formatCell('date', s.to)}</td>
                    <td>{s.days}</td>
                    <td>{s.rate.replace('.', ',')}</td>
                    <td className="text-end">{formatCell('amount', s.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </form>
  );
}
