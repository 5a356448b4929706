import { InputField } from '../../components/FormField';
import { ChoiceField } from '../../components/ChoiceField';
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

const keys = <V extends string>(labels: Readonly<Record<V, MessageKey>>) => Object.keys(labels) as V[];

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
      <ChoiceField
        id="cruscotto-mostra"
        label={t('cruscotto.filter.show')}
        value={view.mostra}
        choices={keys(MOSTRA_LABELS)}
        optionLabel={(mostra) => t(MOSTRA_LABELS[mostra])}
        onChoose={(mostra) => mostra && onChange({ ...view, mostra })}
      />
      <ChoiceField
        id="cruscotto-ordine"
        label={t('cruscotto.sort')}
        value={view.ordine}
        choices={keys(ORDINE_LABELS)}
        optionLabel={(ordine) => t(ORDINE_LABELS[ordine])}
        onChoose={(ordine) => ordine && onChange({ ...view, ordine })}
      />
    </>
  );
}
