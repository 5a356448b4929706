import { useState } from 'react';
import { gestioneLabel } from '../../../shared/domain/listapospa/codeTables';
import { formatPercentuale } from '../../../shared/text/formatIt';
import type { RateKind } from '../../../shared/domain/listapospa/rates';
import {
  parseRatePercent,
  ratesInForce,
  type RateInForce,
} from '../../../shared/domain/listapospa/ratesInForce';
import { t, type MessageKey } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { useEditorStore } from './editorStore';

/**
 * "Aliquote": every rate in force for the draft's month, with its source; the user can set the
 * total percentage of one (checked here and again by the contract) or go back to the table's.
 * Overrides are kept by the main process and apply to every draft.
 */

const percent = (value: string | null) => (value === null ? t('lpr.none') : formatPercentuale(value));
const kindLabel = (kind: RateKind) => t(`lpr.kind.${kind}` as MessageKey);

function RateRow({
  row,
  onStatus,
}: {
  row: RateInForce;
  onStatus(status: { kind: 'success' | 'danger'; text: string }): void;
}) {
  const client = useClient();
  const setRateOverrides = useEditorStore((state) => state.setRateOverrides);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const { rate, inUse } = row;
  const id = `lpr-${rate.kind}-${rate.codGestione}`;
  const names = { gestione: gestioneLabel(rate.codGestione), tipo: kindLabel(rate.kind) };

  const send = async (totale: string | null) => {
    const result = await client.call('listapospa.rates.set', {
      kind: rate.kind,
      codGestione: rate.codGestione,
      totale,
    });
    if (!result.ok) return onStatus({ kind: 'danger', text: result.error.message });
    setRateOverrides(result.value.overrides);
    setText('');
    onStatus({
      kind: 'success',
      text:
        totale === null
          ? t('lpr.resetDone', names)
          : t('lpr.saved', { ...names, valore: totale.replace('.', ',') }),
    });
  };

  const apply = () => {
    const value = parseRatePercent(text);
    setInvalid(value === undefined);
    if (value !== undefined) void send(value);
  };

  return (
    <tr data-rate={row.key}>
      <th scope="row">{names.gestione}</th>
      <td>{names.tipo}</td>
      <td className="text-end">{percent(rate.lavoratore)}</td>
      <td className="text-end">{percent(rate.datore)}</td>
      <td className="text-end">
        {percent(rate.totale)}
        {!rate.confirmed && (
          <>
            {' '}
            <span className="badge bg-warning text-dark">{t('lpr.unconfirmed')}</span>
          </>
        )}
      </td>
      <td className="text-end">{t('lpr.base', { n: rate.basePercent })}</td>
      <td className="text-end" data-testid="lpr-in-uso">
        {percent(inUse.totale)}
        {inUse.overridden && (
          <>
            {' '}
            <span className="badge bg-primary">{t('lpr.overridden')}</span>
          </>
        )}
      </td>
      <td className="small">{rate.source}</td>
      <td>
        <form
          className="d-flex gap-1 align-items-start"
          onSubmit={(event) => {
            event.preventDefault();
            apply();
          }}
        >
          <div>
            <label htmlFor={id} className="visually-hidden">
              {t('lpr.inputLabel', names)}
            </label>
            <input
              id={id}
              className={`form-control form-control-sm text-end${invalid ? ' is-invalid' : ''}`}
              inputMode="decimal"
              size={7}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setInvalid(false);
              }}
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? `${id}-errore` : undefined}
              autoComplete="off"
            />
            {invalid && (
              <small id={`${id}-errore`} className="text-danger d-block">
                {t('lpr.invalid')}
              </small>
            )}
          </div>
          <button
            type="submit"
            className="btn btn-sm btn-outline-primary"
            aria-label={t('lpr.applyLabel', names)}
          >
            {t('lpr.apply')}
          </button>
          {inUse.overridden && (
            <button
              type="button"
              className="btn btn-sm btn-outline-secondary"
              aria-label={t('lpr.resetLabel', names)}
              onClick={() => void send(null)}
            >
              {t('lpr.reset')}
            </button>
          )}
        </form>
      </td>
    </tr>
  );
}

/** The columns' headers; `true`: a number, aligned right. */
const HEADERS: readonly [MessageKey, boolean][] = [
  ['lpr.col.gestione', false],
  ['lpr.col.tipo', false],
  ['lpr.col.lavoratore', true],
  ['lpr.col.ente', true],
  ['lpr.col.totale', true],
  ['lpr.col.base', true],
  ['lpr.col.inUso', true],
  ['lpr.col.fonte', false],
  ['lpr.col.imposta', false],
];

export function RatesPanel({ annoMese }: { annoMese: string }) {
  const overrides = useEditorStore((state) => state.rateOverrides);
  const [status, setStatus] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);
  const rows = ratesInForce(`${annoMese}-01`, overrides);
  return (
    <div data-testid="lp-aliquote">
      <p className="small">{t('lpr.intro', { mese: annoMese })}</p>
      {status && (
        <div className={`alert alert-${status.kind} py-1`} role="status" data-testid="lpr-status">
          {status.text}
        </div>
      )}
      <div className="table-responsive">
        <table className="table table-sm align-middle">
          <thead>
            <tr>
              {HEADERS.map(([key, end]) => (
                <th key={key} scope="col" className={end ? 'text-end' : undefined}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <RateRow key={row.key} row={row} onStatus={setStatus} />
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
