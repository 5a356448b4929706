import { useState } from 'react';
import { Alert, Button } from 'design-react-kit';
import type { Denuncia } from '../../../shared/domain/sezioni';
import { t } from '../../i18n';
import { useClient } from '../../ipc/ClientContext';
import { usePosizioneStore } from '../../state/posizioneStore';
import { openVariazioneOn } from './variazioneJump';

const CON_ERRORI: ReadonlyArray<Denuncia['esito']> = ['scartata', 'acquisita con errori'];

/** The errors of a scartata or "acquisita con errori" DMA, worker by worker, each with its jump to a variazione. */
export function ErroriPerLavoratore({ row }: { row: Denuncia }) {
  const client = useClient();
  const posizione = usePosizioneStore((state) =>
    state.selected.kind === 'ready' ? state.selected.value : null,
  );
  const [failure, setFailure] = useState<string | null>(null);
  if (!CON_ERRORI.includes(row.esito) || row.errori.length === 0 || !posizione) return null;

  const perLavoratore = new Map<string, Denuncia['errori']>();
  for (const errore of row.errori) {
    const cf = errore.codiceFiscaleLavoratore;
    perLavoratore.set(cf, [...(perLavoratore.get(cf) ?? []), errore]);
  }

  return (
    <section aria-labelledby={`errori-lavoratori-${row.id}`} data-testid="errori-per-lavoratore">
      <h3 id={`errori-lavoratori-${row.id}`} className="h6">
        {t('dma.erroriPerLavoratore')}
      </h3>
      {failure && <Alert color="danger">{failure}</Alert>}
      <ul className="list-unstyled">
        {[...perLavoratore].map(([cf, errori]) => (
          <li key={cf} className="border-bottom py-2" data-lavoratore={cf}>
            <div className="d-flex flex-wrap align-items-center gap-2">
              <strong className="font-monospace">{cf || t('dma.lavoratoreAssente')}</strong>
              {cf && (
                <Button
                  color="primary"
                  outline
                  size="xs"
                  onClick={() => void openVariazioneOn(client, posizione, row.mese, cf).then(setFailure)}
                >
                  {t('dma.apriVariazione', { cf })}
                </Button>
              )}
            </div>
            <ul className="small mb-0">
              {errori.map((errore, index) => (
                <li key={index}>
                  <span className="font-monospace">{errore.codice}</span> ({errore.quadro}):{' '}
                  {errore.messaggio}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
