import { COD_GESTIONE, TIPO_OPERAZIONE_F1, TIPO_PIANO } from '../../../shared/domain/listapospa/codeTables';
import type { E1, F1 } from '../../../shared/domain/listapospa/model';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t } from '../../i18n';
import { AmountInput, CodeSelect, TextInput, DayInput, MonthInput } from './Fields';

/**
 * E1 (fondo pensione complementare) and F1 (rata di riscatto / ricongiunzione). CodFondo is
 * free text: no table of fund codes was available (docs/uniemens.md §2.3 names the element only).
 */

export function E1Fields({
  path,
  e1,
  findings,
  update,
}: {
  path: string;
  e1: E1;
  findings: readonly Finding[];
  update(mutate: (e1: E1) => void): void;
}) {
  return (
    <div className="lp-row">
      <TextInput
        path={`${path}.codFondo`}
        label={t('lp.e1.codFondo')}
        findings={findings}
        value={e1.codFondo}
        onCommit={(value) => update((e) => (e.codFondo = value.trim()))}
      />
      <DayInput
        path={`${path}.dataInizioPeriodo`}
        label={t('lp.e1.dataInizio')}
        findings={findings}
        value={e1.dataInizioPeriodo}
        onCommit={(value) => update((e) => (e.dataInizioPeriodo = value.trim()))}
      />
      <DayInput
        path={`${path}.dataFinePeriodo`}
        label={t('lp.e1.dataFine')}
        findings={findings}
        value={e1.dataFinePeriodo}
        onCommit={(value) => update((e) => (e.dataFinePeriodo = value.trim()))}
      />
      <AmountInput
        path={`${path}.retribSoggettaAContrib`}
        label={t('lp.e1.retribSoggetta')}
        findings={findings}
        value={e1.retribSoggettaAContrib}
        onCommit={(value) => update((e) => (e.retribSoggettaAContrib = value))}
      />
      <AmountInput
        path={`${path}.contribLav`}
        label={t('lp.e1.contribLav')}
        findings={findings}
        value={e1.contribLav}
        onCommit={(value) => update((e) => (e.contribLav = value))}
      />
      <AmountInput
        path={`${path}.contribDL`}
        label={t('lp.e1.contribDL')}
        findings={findings}
        value={e1.contribDL}
        onCommit={(value) => update((e) => (e.contribDL = value))}
      />
    </div>
  );
}

export function F1Fields({
  path,
  f1,
  findings,
  update,
}: {
  path: string;
  f1: F1;
  findings: readonly Finding[];
  update(mutate: (f1: F1) => void): void;
}) {
  return (
    <div className="lp-row">
      <MonthInput
        path={`${path}.annoMeseRif`}
        label={t('lp.f1.annoMeseRif')}
        findings={findings}
        value={f1.annoMeseRif}
        onCommit={(value) => update((f) => (f.annoMeseRif = value.trim()))}
      />
      <CodeSelect
        path={`${path}.codGestione`}
        label={t('lp.f1.codGestione')}
        findings={findings}
        value={f1.codGestione}
        table={COD_GESTIONE}
        onCommit={(value) => update((f) => (f.codGestione = value ?? ''))}
      />
      <CodeSelect
        path={`${path}.tipoPiano`}
        label={t('lp.f1.tipoPiano')}
        findings={findings}
        value={f1.tipoPiano}
        table={TIPO_PIANO}
        onCommit={(value) => update((f) => (f.tipoPiano = value ?? ''))}
      />
      <TextInput
        path={`${path}.prgRata`}
        label={t('lp.f1.prgRata')}
        findings={findings}
        value={f1.prgRata}
        onCommit={(value) => update((f) => (f.prgRata = value.trim()))}
      />
      <TextInput
        path={`${path}.totaleRate`}
        label={t('lp.f1.totaleRate')}
        findings={findings}
        value={f1.totaleRate}
        onCommit={(value) => update((f) => (f.totaleRate = value.trim()))}
      />
      <AmountInput
        path={`${path}.importo`}
        label={t('lp.f1.importo')}
        findings={findings}
        value={f1.importo}
        onCommit={(value) => update((f) => (f.importo = value))}
      />
      <CodeSelect
        path={`${path}.tipoOperazione`}
        label={t('lp.f1.tipoOperazione')}
        findings={findings}
        value={f1.tipoOperazione}
        table={TIPO_OPERAZIONE_F1}
        onCommit={(value) => update((f) => (f.tipoOperazione = value === 'R' || value === 'S' ? value : 'V'))}
      />
    </div>
  );
}
