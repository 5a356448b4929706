import { useEffect, useRef } from 'react';
import { Alert } from 'design-react-kit';
import { ANAGRAFICA_FIELDS } from '../../../shared/domain/anagraficaFields';
import { t } from '../../i18n';
import { hrefOf } from '../../state/routeStore';
import { usePosizioneStore } from '../../state/posizioneStore';

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
        {ANAGRAFICA_FIELDS.map(({ key, text }) => (
          <div className="col-12 col-md-6 mb-3" key={key}>
            <dt>{t(`posizione.field.${key}`)}</dt>
            <dd>{text(posizione)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
