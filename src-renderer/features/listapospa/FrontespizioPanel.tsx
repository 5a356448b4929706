import type { CodeTable } from '../../../shared/domain/listapospa/codeTables';
import type { Denuncia } from '../../../shared/domain/listapospa/model';
import { formatMonth } from '../../format';
import { t } from '../../i18n';
import { useEditorStore } from './editorStore';
import { CodeSelect, TextInput } from './Fields';

/**
 * The frontespizio of the draft: DatiMittente, RagSocAzienda and the ListaPosPA header. Findings
 * of the denuncia-level rules show under their field (paths `datiMittente.*`, `azienda.*`).
 * AnnoMeseDenuncia, CFAzienda and PRGAZIENDA belong to the posizione and the draft's key.
 */

const SOURCE = 'docs/uniemens.md §2';
const TIPO_MITTENTE: CodeTable = {
  name: 'Tipo',
  source: SOURCE,
  entries: [
    { code: '1', label: t('lpf.tipoMittente.1') },
    { code: '2', label: t('lpf.tipoMittente.2') },
  ],
};
const TIPO_FLUSSO: CodeTable = {
  name: 'TipoListaPosPA',
  source: SOURCE,
  entries: [
    { code: 'ordinario', label: t('lp.tipo.ordinario') },
    { code: 'variazione', label: t('lp.tipo.variazione') },
  ],
};

// Codici fiscali are written upper case in the file; optional fields are left out when empty.
const cf = (value: string) => value.trim().toUpperCase();
function optional<T extends object, K extends keyof T>(target: T, key: K, value: string) {
  if (value === '') delete target[key];
  else target[key] = value as T[K];
}

export function FrontespizioPanel({ frontespizio }: { frontespizio: Denuncia }) {
  const findings = useEditorStore((state) => state.denunciaFindings);
  const update = useEditorStore((state) => state.updateFrontespizio);
  const { datiMittente: m, azienda: a } = frontespizio;
  const l = a.listaPosPA;
  return (
    <div data-testid="lp-frontespizio">
      <p className="small">{t('lpf.intro')}</p>
      <p className="small fw-semibold">
        {t('lpf.fixed', { mese: formatMonth(a.annoMeseDenuncia), cf: a.cfAzienda, prg: l.prgAzienda })}
      </p>
      <fieldset className="lp-quadro">
        <legend className="h6">{t('lpf.mittente')}</legend>
        <div className="lp-row">
          <CodeSelect
            path="datiMittente.tipo"
            label={t('lpf.tipoMittente')}
            findings={findings}
            value={m.tipo}
            table={TIPO_MITTENTE}
            onCommit={(value) => update((f) => void (f.datiMittente.tipo = value === '2' ? '2' : '1'))}
          />
          <TextInput
            path="datiMittente.cfPersonaMittente"
            label={t('lpf.cfPersonaMittente')}
            findings={findings}
            value={m.cfPersonaMittente}
            onCommit={(value) => update((f) => void (f.datiMittente.cfPersonaMittente = cf(value)))}
          />
          <TextInput
            path="datiMittente.ragSocMittente"
            label={t('lpf.ragSocMittente')}
            findings={findings}
            value={m.ragSocMittente}
            onCommit={(value) => update((f) => void (f.datiMittente.ragSocMittente = value))}
          />
        </div>
        <div className="lp-row">
          <TextInput
            path="datiMittente.cfMittente"
            label={t('lpf.cfMittente')}
            findings={findings}
            value={m.cfMittente}
            onCommit={(value) => update((f) => void (f.datiMittente.cfMittente = cf(value)))}
          />
          <TextInput
            path="datiMittente.cfSoftwarehouse"
            label={t('lpf.cfSoftwarehouse')}
            findings={findings}
            value={m.cfSoftwarehouse ?? ''}
            onCommit={(value) => update((f) => optional(f.datiMittente, 'cfSoftwarehouse', cf(value)))}
          />
          <TextInput
            path="datiMittente.sedeINPS"
            label={t('lpf.sedeINPS')}
            findings={findings}
            value={m.sedeINPS ?? ''}
            onCommit={(value) => update((f) => optional(f.datiMittente, 'sedeINPS', value.trim()))}
          />
        </div>
      </fieldset>
      <fieldset className="lp-quadro">
        <legend className="h6">{t('lpf.ente')}</legend>
        <div className="lp-row">
          <TextInput
            path="azienda.ragSocAzienda"
            label={t('lpf.ragSocAzienda')}
            findings={findings}
            value={a.ragSocAzienda}
            onCommit={(value) => update((f) => void (f.azienda.ragSocAzienda = value))}
          />
          <CodeSelect
            path="azienda.listaPosPA.tipo"
            label={t('lpf.tipoFlusso')}
            findings={findings}
            value={l.tipo}
            table={TIPO_FLUSSO}
            onCommit={(value) =>
              update(
                (f) => void (f.azienda.listaPosPA.tipo = value === 'variazione' ? 'variazione' : 'ordinario'),
              )
            }
          />
          <TextInput
            path="azienda.listaPosPA.cfRappresentanteFirmatario"
            label={t('lpf.cfRappresentanteFirmatario')}
            findings={findings}
            value={l.cfRappresentanteFirmatario}
            onCommit={(value) =>
              update((f) => void (f.azienda.listaPosPA.cfRappresentanteFirmatario = cf(value)))
            }
          />
        </div>
        <div className="lp-row">
          <TextInput
            path="azienda.listaPosPA.istat"
            label={t('lpf.istat')}
            findings={findings}
            value={l.istat ?? ''}
            onCommit={(value) => update((f) => optional(f.azienda.listaPosPA, 'istat', value.trim()))}
          />
          <TextInput
            path="azienda.listaPosPA.formaGiuridica"
            label={t('lpf.formaGiuridica')}
            findings={findings}
            value={l.formaGiuridica ?? ''}
            onCommit={(value) =>
              update((f) => optional(f.azienda.listaPosPA, 'formaGiuridica', value.trim()))
            }
          />
        </div>
      </fieldset>
    </div>
  );
}
