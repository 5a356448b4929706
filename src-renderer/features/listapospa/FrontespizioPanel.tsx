import type { Denuncia, DatiMittente, ListaPosPA } from '../../../shared/domain/listapospa/model';
import { formatMonth } from '../../format';
import { t } from '../../i18n';
import { useEditorStore } from './editorStore';
import { FieldRow, ModelFields } from './FieldRow';
import {
  AZIENDA_FIELDS,
  LISTA_FIELDS,
  LISTA_HEAD_FIELDS,
  MITTENTE_CF_FIELDS,
  MITTENTE_FIELDS,
} from './frontespizioFields';

/**
 * The frontespizio of the draft: DatiMittente, RagSocAzienda and the ListaPosPA header. Findings
 * of the denuncia-level rules show under their field (paths `datiMittente.*`, `azienda.*`).
 * AnnoMeseDenuncia, CFAzienda and PRGAZIENDA belong to the posizione and the draft's key.
 */

export function FrontespizioPanel({ frontespizio }: { frontespizio: Denuncia }) {
  const findings = useEditorStore((state) => state.denunciaFindings);
  const update = useEditorStore((state) => state.updateFrontespizio);
  const { datiMittente: m, azienda: a } = frontespizio;
  const l = a.listaPosPA;
  const mittente = {
    path: 'datiMittente',
    item: m,
    findings,
    update: (mutate: (m: DatiMittente) => void) => update((f) => mutate(f.datiMittente)),
  };
  const lista = {
    path: 'azienda.listaPosPA',
    item: l,
    findings,
    update: (mutate: (l: ListaPosPA) => void) => update((f) => mutate(f.azienda.listaPosPA)),
  };
  return (
    <div data-testid="lp-frontespizio">
      <p className="small">{t('lpf.intro')}</p>
      <p className="small fw-semibold">
        {t('lpf.fixed', { mese: formatMonth(a.annoMeseDenuncia), cf: a.cfAzienda, prg: l.prgAzienda })}
      </p>
      <fieldset className="lp-quadro">
        <legend className="h6">{t('lpf.mittente')}</legend>
        <FieldRow fields={MITTENTE_FIELDS} {...mittente} />
        <FieldRow fields={MITTENTE_CF_FIELDS} {...mittente} />
      </fieldset>
      <fieldset className="lp-quadro">
        <legend className="h6">{t('lpf.ente')}</legend>
        <FieldRow
          fields={AZIENDA_FIELDS}
          path="azienda"
          item={a}
          findings={findings}
          update={(mutate) => update((f) => mutate(f.azienda))}
        >
          <ModelFields fields={LISTA_HEAD_FIELDS} {...lista} />
        </FieldRow>
        <FieldRow fields={LISTA_FIELDS} {...lista} />
      </fieldset>
    </div>
  );
}
