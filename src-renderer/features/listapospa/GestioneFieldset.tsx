import { useState } from 'react';
import { formatImporto } from '../../../shared/text/formatIt';
import { COD_GESTIONE, type CodeTable } from '../../../shared/domain/listapospa/codeTables';
import {
  computeGestioni,
  fillContributi,
  type ComputedContributo,
} from '../../../shared/domain/listapospa/contributions';
import type { Gestioni, Periodo } from '../../../shared/domain/listapospa/model';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t } from '../../i18n';
import { AmountInput, CodeSelect, OptionalAmountInput, TextInput } from './Fields';
import { RecuperoSgraviRows } from './RecuperoSgraviRows';
import {
  GESTIONE_SPECS,
  extraValue,
  setGestioneCode,
  setGestioneField,
  setImponibileDaRetribuzioneUtile,
  setPrevidenzialeTipo,
  showExtras,
  type GestioneSpec,
} from './quadri';
import { useRateOverrides } from './useRateOverrides';

/** The gestioni of a period: one data-driven fieldset per gestione (GESTIONE_SPECS). */

/** A sub-table of CodGestione for one select. */
const codeTableOf = (spec: GestioneSpec): CodeTable => ({
  name: `CodGestione (${spec.key})`,
  source: COD_GESTIONE.source,
  entries: COD_GESTIONE.entries.filter((entry) => spec.codes.includes(entry.code)),
});
const TABLES = new Map(GESTIONE_SPECS.map((spec) => [spec.key, codeTableOf(spec)]));

const TIPO_PREVIDENZIALE: CodeTable = {
  name: 'Tipo previdenziale',
  source: 'docs/uniemens.md §2.1 (ImponibileTFS/ImponibileTFR)',
  entries: [
    { code: 'TFS', label: 'Trattamento di fine servizio' },
    { code: 'TFR', label: 'Trattamento di fine rapporto' },
  ],
};

function hintOf(computed: readonly ComputedContributo[], field: ComputedContributo['field']) {
  const item = computed.find((c) => c.field === field);
  if (!item?.atteso) return {};
  const rate = t('lp.computed', {
    importo: formatImporto(item.atteso),
    aliquota: (item.aliquota ?? '').replace('.', ','),
  });
  return { hint: item.confirmed ? rate : `${rate} – ${t('lp.unconfirmed')}` };
}

function GestioneFieldset({
  spec,
  base,
  periodo,
  computed,
  findings,
  onChange,
}: {
  spec: GestioneSpec;
  base: string;
  periodo: Periodo;
  computed: readonly ComputedContributo[];
  findings: readonly Finding[];
  onChange(mutate: (g: Gestioni) => void): void;
}) {
  const gestioni = periodo.gestioni ?? {};
  const path = `${base}.gestioni.${spec.key}`;
  const gestione = gestioni[spec.key];
  const table = TABLES.get(spec.key) ?? COD_GESTIONE;
  const [opened, setOpened] = useState(false);
  // Only a help for typing ImponibileTFS/TFR: not part of the denuncia, never saved.
  const [retribuzioneUtile, setRetribuzioneUtile] = useState<string | undefined>(undefined);
  const flagged = findings.filter((finding) => finding.path.startsWith(`${path}.`)).map((f) => f.path);
  // Shown without asking (a value, a finding, the condition): then there is nothing to toggle.
  const forced = showExtras(spec, periodo, false, flagged);
  const shown = forced || showExtras(spec, periodo, opened, flagged);
  const toggle = gestione && !forced ? spec.extrasToggle : undefined;
  return (
    <fieldset className="lp-gestione">
      <legend>{t(spec.legend)}</legend>
      <CodeSelect
        path={`${path}.codGestione`}
        label={t('lp.codGestione')}
        findings={findings}
        value={gestione?.codGestione}
        table={table}
        optional
        onCommit={(value) => onChange((next) => setGestioneCode(next, spec.key, value))}
      />
      {gestioni.previdenziale && spec.key === 'previdenziale' && (
        <CodeSelect
          path={`${path}.tipo`}
          label={t('lp.gest.tipo')}
          findings={findings}
          value={gestioni.previdenziale.tipo}
          table={TIPO_PREVIDENZIALE}
          onCommit={(value) =>
            onChange((next) => setPrevidenzialeTipo(next, value === 'TFR' ? 'TFR' : 'TFS'))
          }
        />
      )}
      {gestione && (
        <>
          <AmountInput
            path={`${path}.imponibile`}
            label={t('lp.imponibile')}
            findings={findings}
            value={gestione.imponibile}
            onCommit={(value) => onChange((next) => setGestioneField(next, spec.key, 'imponibile', value))}
          />
          {spec.key === 'previdenziale' && (
            <OptionalAmountInput
              path={`${path}.retribuzioneUtile`}
              label={t('lp.gest.retribuzioneUtile')}
              hint={t('lp.gest.retribuzioneUtileHint')}
              findings={findings}
              value={retribuzioneUtile}
              onCommit={(value) => {
                setRetribuzioneUtile(value);
                if (value !== undefined) onChange((next) => setImponibileDaRetribuzioneUtile(next, value));
              }}
            />
          )}
          <AmountInput
            path={`${path}.contributo`}
            label={t('lp.contributo')}
            findings={findings}
            value={gestione.contributo}
            {...hintOf(computed, spec.key)}
            onCommit={(value) => onChange((next) => setGestioneField(next, spec.key, 'contributo', value))}
          />
        </>
      )}
      {toggle && (
        <button
          type="button"
          className="btn btn-sm btn-link px-0 mb-2"
          aria-expanded={shown}
          onClick={() => setOpened(!opened)}
        >
          {t(toggle)}
        </button>
      )}
      {shown &&
        spec.extras.map((extra) => {
          const props = {
            path: `${path}.${extra.key}`,
            label: t(extra.label),
            findings,
            value: extraValue(gestioni, spec.key, extra.key),
          };
          const commit = (value: string | undefined) =>
            onChange((next) => setGestioneField(next, spec.key, extra.key, value));
          return extra.kind === 'amount' ? (
            <OptionalAmountInput
              key={extra.key}
              {...props}
              {...(extra.computed ? hintOf(computed, extra.computed) : {})}
              onCommit={commit}
            />
          ) : (
            <TextInput key={extra.key} {...props} value={props.value ?? ''} onCommit={commit} />
          );
        })}
      {spec.key === 'pensionistica' &&
        gestione &&
        (shown || (gestioni.pensionistica?.recuperoSgravi ?? []).length > 0) && (
          <RecuperoSgraviRows path={path} periodo={periodo} findings={findings} onChange={onChange} />
        )}
    </fieldset>
  );
}

export function GestioniFields({
  base,
  periodo,
  findings,
  onChange,
}: {
  base: string;
  periodo: Periodo;
  findings: readonly Finding[];
  onChange(mutate: (g: Gestioni) => void): void;
}) {
  const overrides = useRateOverrides();
  const computed = computeGestioni(periodo, overrides);
  return (
    <div className="lp-gestioni">
      {GESTIONE_SPECS.map((spec) => (
        <GestioneFieldset
          key={spec.key}
          spec={spec}
          base={base}
          periodo={periodo}
          computed={computed}
          findings={findings}
          onChange={onChange}
        />
      ))}
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary"
        onClick={() =>
          onChange((next) => Object.assign(next, fillContributi(next, periodo.giornoInizio, overrides)))
        }
      >
        {t('lp.compute')}
      </button>
    </div>
  );
}
