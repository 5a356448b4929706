/** Section-specific parts of the detail panel: nested lists of a row. */
import type { Denuncia, NotaDiDebito, PianoAmmortamento } from '../../../shared/domain/sezioni';
import { formatCell } from '../../../shared/domain/sezioni';
import { t, type MessageKey } from '../../i18n';

function MiniTable({
  caption,
  headers,
  rows,
  testId,
}: {
  caption: MessageKey;
  headers: MessageKey[];
  rows: string[][];
  testId: string;
}) {
  return (
    <table className="table table-sm mb-2" data-testid={testId}>
      <caption className="caption-top h6">{t(caption)}</caption>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {t(h)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i}>
            {cells.map((c, j) => (
              <td key={j}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RateDetail({ row }: { row: PianoAmmortamento }) {
  return (
    <MiniTable
      caption="detail.rate"
      testId="detail-rate"
      headers={['detail.col.numero', 'detail.col.scadenza', 'detail.col.importo', 'detail.col.stato']}
      rows={row.rate.map((r) => [
        String(r.numero),
        formatCell('date', r.scadenza),
        formatCell('amount', r.importo),
        r.stato,
      ])}
    />
  );
}

export function ErroriDetail({ row }: { row: Denuncia }) {
  return (
    <MiniTable
      caption="detail.errori"
      testId="detail-errori"
      headers={['detail.col.codice', 'detail.col.messaggio', 'detail.col.lavoratore', 'detail.col.quadro']}
      rows={row.errori.map((e) => [e.codice, e.messaggio, e.codiceFiscaleLavoratore, e.quadro])}
    />
  );
}

export function LavoratoriDetail({ row }: { row: NotaDiDebito }) {
  return (
    <MiniTable
      caption="detail.lavoratori"
      testId="detail-lavoratori"
      headers={[
        'detail.col.lavoratore',
        'detail.col.importo',
        'detail.col.dettaglio',
        'detail.col.contestazioni',
      ]}
      rows={row.lavoratori.map((l) => [
        l.codiceFiscale,
        formatCell('amount', l.importo),
        l.dettaglio,
        String(l.contestazioni),
      ])}
    />
  );
}
