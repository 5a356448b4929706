import { useEffect, useRef } from 'react';
import { Alert } from 'design-react-kit';
import {
  RUOLO_POSIZIONE_LABELS,
  TIPO_ENTE_LABELS,
  type AnagraficaPosizione,
} from '../../../shared/domain/cassettoApi';
import { formatDate } from '../../format';
import { t, type MessageKey } from '../../i18n';
import { hrefOf } from '../../state/routeStore';
import { usePosizioneStore } from '../../state/posizioneStore';

const rows = (p: AnagraficaPosizione): Array<[MessageKey, string]> => [
  ['posizione.field.codiceFiscaleEnte', p.codiceFiscaleEnte],
  ['posizione.field.progressivo', p.progressivo],
  ['posizione.field.tipoEnte', TIPO_ENTE_LABELS[p.tipoEnte]],
  ['posizione.field.comparto', p.comparto],
  ['posizione.field.codiceIpa', p.codiceIpa],
  ['posizione.field.sedeInps', p.sedeInps],
  ['posizione.field.indirizzo', `${p.indirizzo}, ${p.cap} ${p.comune} (${p.provincia})`],
  ['posizione.field.pec', p.pec],
  ['posizione.field.legaleRappresentante', p.legaleRappresentante],
  ['posizione.field.gestioni', p.gestioni.join(', ')],
  ['posizione.field.dataIscrizione', formatDate(p.dataIscrizione)],
  ['posizione.field.stato', p.stato],
  ['posizione.field.ruolo', RUOLO_POSIZIONE_LABELS[p.ruolo]],
];

export function AnagraficaPage() {
  const selected = usePosizioneStore((state) => state.selected);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = selected.kind === 'ready';
  // A posizione just opened: a screen reader starts from its name, and Tab from the page, not
  // from the top of the document (the button pressed in the Ricerca is gone).
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [ready]);
  if (selected.kind === 'loading') return <p aria-busy="true">{t('posizione.loading')}</p>;
  if (selected.kind === 'error') return <Alert color="danger">{selected.message}</Alert>;
  if (selected.kind === 'idle') {
    return (
      <section>
        <h1>{t('posizione.title')}</h1>
        <p>
          {t('posizione.none')} <a href={hrefOf('home')}>{t('posizione.backToRicerca')}</a>
        </p>
      </section>
    );
  }
  const posizione = selected.value;
  return (
    <section aria-labelledby="anagrafica-title">
      <p className="text-muted mb-1">{t('posizione.title')}</p>
      <h1 id="anagrafica-title" ref={heading} tabIndex={-1} className="page-heading">
        {posizione.denominazione}
      </h1>
      <dl className="row anagrafica" data-testid="anagrafica">
        {rows(posizione).map(([label, value]) => (
          <div className="col-12 col-md-6 mb-3" key={label}>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
