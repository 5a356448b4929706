import { InputField, SelectField } from '../../components/FormField';
import { t, type MessageKey } from '../../i18n';
import type { CruscottoView, Mostra, Ordine } from './cruscottoView';

const MOSTRA_LABELS: Readonly<Record<Mostra, MessageKey>> = {
  tutte: 'cruscotto.filter.all',
  'da-fare': 'cruscotto.filter.todo',
  errori: 'cruscotto.filter.errors',
};
const ORDINE_LABELS: Readonly<Record<Ordine, MessageKey>> = {
  urgenza: 'cruscotto.sort.urgenza',
  denominazione: 'cruscotto.sort.denominazione',
  note: 'cruscotto.sort.note',
  mesi: 'cruscotto.sort.mesi',
  aggiornamento: 'cruscotto.sort.aggiornamento',
};

/** A select over a fixed set of choices, each with its label in the catalogue. */
function Choice<V extends string>(props: {
  id: string;
  label: string;
  value: V;
  labels: Readonly<Record<V, MessageKey>>;
  onChange(value: V): void;
}) {
  return (
    <SelectField
      id={props.id}
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value as V)}
    >
      {(Object.keys(props.labels) as V[]).map((value) => (
        <option key={value} value={value}>
          {t(props.labels[value])}
        </option>
      ))}
    </SelectField>
  );
}

/** Search, "mostra" and "ordina per" of the Cruscotto, laid out by the toolbar that holds them. */
export function CruscottoFilters({
  view,
  onChange,
}: {
  view: CruscottoView;
  onChange(view: CruscottoView): void;
}) {
  return (
    <>
      <InputField
        id="cruscotto-testo"
        label={t('cruscotto.filter.text')}
        wrapperClassName="flex-grow-1"
        type="search"
        maxLength={100}
        value={view.testo}
        onChange={(event) => onChange({ ...view, testo: event.target.value })}
        autoComplete="off"
      />
      <Choice
        id="cruscotto-mostra"
        label={t('cruscotto.filter.show')}
        value={view.mostra}
        labels={MOSTRA_LABELS}
        onChange={(mostra) => onChange({ ...view, mostra })}
      />
      <Choice
        id="cruscotto-ordine"
        label={t('cruscotto.sort')}
        value={view.ordine}
        labels={ORDINE_LABELS}
        onChange={(ordine) => onChange({ ...view, ordine })}
      />
    </>
  );
}
