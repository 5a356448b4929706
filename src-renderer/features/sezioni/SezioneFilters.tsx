import { useState } from 'react';
import { DateFilters } from '../../components/DateFilters';
import { InputField, SelectField } from '../../components/FormField';
import {
  parseImportoInput,
  type Sezione,
  type SezioneFilters as Filters,
} from '../../../shared/domain/sezioni';
import { t, type MessageKey } from '../../i18n';
import { useFilter } from '../../state/useFilter';

/** What the amount filters show: the text typed, kept while it is not an amount. */
export interface AmountTexts {
  min: string;
  max: string;
}

/** A typed amount that is not one. */
const invalid = (text: string) => text.trim() !== '' && !parseImportoInput(text);

/**
 * The filters of a section's view, and the amounts as typed: an amount filters once it parses,
 * and what does not parse stays on screen with the reason.
 */
export function useSezioneFilters() {
  const { filter: filters, set: setFilter, clear } = useFilter<Filters>();
  const [amounts, setAmounts] = useState<AmountTexts>({ min: '', max: '' });
  const setAmount = (which: keyof AmountTexts, text: string) => {
    setAmounts((previous) => ({ ...previous, [which]: text }));
    const parsed = parseImportoInput(text);
    const key = which === 'min' ? 'importoMin' : 'importoMax';
    if (text.trim() === '' || parsed) setFilter(key, parsed);
  };
  const reset = () => {
    clear();
    setAmounts({ min: '', max: '' });
  };
  return { filters, setFilter, amounts, setAmount, reset };
}

interface Props {
  sezione: Sezione;
  /** The section's name of its state column ("Esito", "Canale"…), if it has one. */
  stateLabel?: string;
  states: readonly string[];
  filtering: ReturnType<typeof useSezioneFilters>;
}

const PERIODS = [
  ['periodoDa', 'sezione.filter.periodoDa'],
  ['periodoA', 'sezione.filter.periodoA'],
] as const;
const AMOUNTS: readonly [keyof AmountTexts, MessageKey][] = [
  ['min', 'sezione.filter.importoMin'],
  ['max', 'sezione.filter.importoMax'],
];
const COLUMN = 'col-6 col-md-2';

/** The filters of a Cassetto section: period, state, amount range, free text. */
export function SezioneFilters({ sezione, stateLabel, states, filtering }: Props) {
  const { filters, setFilter, amounts, setAmount: onAmount } = filtering;
  return (
    <fieldset className="sezione-filters row g-2 mb-2">
      <legend className="h6">{t('sezione.filters')}</legend>
      <DateFilters
        idPrefix={sezione}
        kind="month"
        fields={PERIODS}
        values={filters}
        compact
        wrapperClassName={COLUMN}
        onFilter={setFilter}
      />
      <SelectField
        id={`${sezione}-stato`}
        label={stateLabel ?? t('sezione.filter.stato')}
        compact
        wrapperClassName={COLUMN}
        value={filters.stato ?? ''}
        onChange={(e) => setFilter('stato', e.target.value)}
      >
        <option value="">{t('sezione.filter.statoAll')}</option>
        {states.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </SelectField>
      {AMOUNTS.map(([which, label]) => (
        <InputField
          key={which}
          id={`${sezione}-${which}`}
          label={t(label)}
          compact
          wrapperClassName={COLUMN}
          inputMode="decimal"
          className={invalid(amounts[which]) ? 'is-invalid' : undefined}
          value={amounts[which]}
          onChange={(e) => onAmount(which, e.target.value)}
          aria-invalid={invalid(amounts[which])}
        />
      ))}
      <InputField
        id={`${sezione}-testo`}
        label={t('sezione.filter.testo')}
        compact
        wrapperClassName={COLUMN}
        type="search"
        value={filters.testo ?? ''}
        onChange={(e) => setFilter('testo', e.target.value)}
        autoComplete="off"
      />
      {(invalid(amounts.min) || invalid(amounts.max)) && (
        <p className="text-danger small mb-0" role="alert">
          {t('sezione.filter.importoInvalid')}
        </p>
      )}
    </fieldset>
  );
}
