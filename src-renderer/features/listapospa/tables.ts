import { COD_GESTIONE, type CodeTable } from '../../../shared/domain/listapospa/codeTables';

export {
  CAUSALE_VARIAZIONE,
  COD_MOTIVO_UTILIZZO,
  REGIME_FINE_SERVIZIO,
  TIPO_IMPIEGO,
  TIPO_SERVIZIO,
} from '../../../shared/domain/listapospa/codeTables';

/** A sub-table of CodGestione for one select (casse pensionistiche, gestioni TFS/TFR). */
export function table(name: string, codes: readonly string[]): CodeTable {
  return {
    name,
    source: COD_GESTIONE.source,
    entries: COD_GESTIONE.entries.filter((e) => codes.includes(e.code)),
  };
}
