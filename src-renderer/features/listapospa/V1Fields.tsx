import {
  ALIQUOTA_ENTE_VERSANTE,
  CAUSALE_VARIAZIONE,
  COD_MOTIVO_UTILIZZO,
  TIPO_CONTRIBUTO,
} from '../../../shared/domain/listapospa/codeTables';
import type { EnteVersante, V1 } from '../../../shared/domain/listapospa/model';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t } from '../../i18n';
import { AmountInput, CodeSelect, TextInput, DayInput, MonthInput } from './Fields';
import { PeriodoFields } from './PeriodoFields';
import { QuadroList } from './QuadroList';
import { newEnteVersante, setCodMotivoUtilizzo, setDescrMotivo } from './quadri';

/** A V1: causale and motivo (with the atto that justifies it), the period, the EnteVersante rows. */

function EnteVersanteFields({
  path,
  row,
  findings,
  update,
}: {
  path: string;
  row: EnteVersante;
  findings: readonly Finding[];
  update(mutate: (row: EnteVersante) => void): void;
}) {
  return (
    <div className="lp-row">
      <CodeSelect
        path={`${path}.tipoContributo`}
        label={t('lp.ev.tipoContributo')}
        findings={findings}
        value={row.tipoContributo}
        table={TIPO_CONTRIBUTO}
        onCommit={(value) => update((r) => (r.tipoContributo = value ?? ''))}
      />
      <TextInput
        path={`${path}.cfAzienda`}
        label={t('lp.ev.cfAzienda')}
        findings={findings}
        value={row.cfAzienda}
        onCommit={(value) => update((r) => (r.cfAzienda = value.trim().toUpperCase()))}
      />
      <TextInput
        path={`${path}.prgAzienda`}
        label={t('lp.ev.prgAzienda')}
        findings={findings}
        value={row.prgAzienda}
        onCommit={(value) => update((r) => (r.prgAzienda = value.trim()))}
      />
      <AmountInput
        path={`${path}.imponibile`}
        label={t('lp.imponibile')}
        findings={findings}
        value={row.imponibile}
        onCommit={(value) => update((r) => (r.imponibile = value))}
      />
      <AmountInput
        path={`${path}.contributo`}
        label={t('lp.contributo')}
        findings={findings}
        value={row.contributo}
        onCommit={(value) => update((r) => (r.contributo = value))}
      />
      <MonthInput
        path={`${path}.annoMeseErogazione`}
        label={t('lp.ev.annoMeseErogazione')}
        findings={findings}
        value={row.annoMeseErogazione}
        onCommit={(value) => update((r) => (r.annoMeseErogazione = value.trim()))}
      />
      <CodeSelect
        path={`${path}.aliquota`}
        label={t('lp.ev.aliquota')}
        findings={findings}
        value={row.aliquota}
        table={ALIQUOTA_ENTE_VERSANTE}
        onCommit={(value) => update((r) => (r.aliquota = value === '1' ? '1' : '2'))}
      />
    </div>
  );
}

export function V1Fields({
  path,
  v1,
  findings,
  ente,
  update,
}: {
  path: string;
  v1: V1;
  findings: readonly Finding[];
  /** This ente (CFAzienda, PRGAZIENDA of the draft): the usual payer of a new EnteVersante row. */
  ente: { cfAzienda: string; prgAzienda: string };
  update(mutate: (v1: V1) => void): void;
}) {
  const descr = v1.descrMotivoUtilizzo;
  return (
    <>
      <div className="lp-row">
        <CodeSelect
          path={`${path}.causaleVariazione`}
          label={t('lp.causale')}
          findings={findings}
          value={v1.causaleVariazione}
          table={CAUSALE_VARIAZIONE}
          onCommit={(value) => update((v) => (v.causaleVariazione = value ?? ''))}
        />
        <CodeSelect
          path={`${path}.codMotivoUtilizzo`}
          label={t('lp.cmu')}
          findings={findings}
          value={v1.codMotivoUtilizzo}
          table={COD_MOTIVO_UTILIZZO}
          optional
          onCommit={(value) => update((v) => setCodMotivoUtilizzo(v, value))}
        />
      </div>
      {v1.codMotivoUtilizzo !== undefined && (
        <fieldset className="lp-gestione">
          <legend>{t('lp.descr.title')}</legend>
          <div className="lp-row">
            <DayInput
              optional
              path={`${path}.descrMotivoUtilizzo.dataAtto`}
              label={t('lp.descr.dataAtto')}
              findings={findings}
              value={descr?.dataAtto ?? ''}
              onCommit={(value) => update((v) => setDescrMotivo(v, 'dataAtto', value))}
            />
            <TextInput
              path={`${path}.descrMotivoUtilizzo.identAtto`}
              label={t('lp.descr.identAtto')}
              findings={findings}
              value={descr?.identAtto ?? ''}
              onCommit={(value) => update((v) => setDescrMotivo(v, 'identAtto', value))}
            />
            <TextInput
              path={`${path}.descrMotivoUtilizzo.numeroRegistro`}
              label={t('lp.descr.numeroRegistro')}
              findings={findings}
              value={descr?.numeroRegistro ?? ''}
              onCommit={(value) => update((v) => setDescrMotivo(v, 'numeroRegistro', value))}
            />
          </div>
        </fieldset>
      )}
      <PeriodoFields base={path} periodo={v1} findings={findings} update={(mutate) => update(mutate)} />
      <QuadroList
        path={`${path}.enteVersante`}
        heading={t('lp.ev.heading')}
        nested
        items={v1.enteVersante}
        findings={findings}
        title={(n) => t('lp.ev.title', { n })}
        addLabel={t('lp.ev.add')}
        removeLabel={(n) => t('lp.ev.remove', { n })}
        onAdd={() => update((v) => v.enteVersante.push(newEnteVersante(v, ente.cfAzienda, ente.prgAzienda)))}
        onRemove={(index) => update((v) => v.enteVersante.splice(index, 1))}
      >
        {(row, index, rowPath) => (
          <EnteVersanteFields
            path={rowPath}
            row={row}
            findings={findings}
            update={(mutate) => update((v) => v.enteVersante[index] && mutate(v.enteVersante[index]))}
          />
        )}
      </QuadroList>
    </>
  );
}
