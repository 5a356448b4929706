import type { VoceScadenzario } from '../../../shared/contract/calls/scadenzarioCalls';
import { t } from '../../i18n';

/** The data a deadline came from and the text of its rule (and of its shift), with links. */
export function ScadenzaDetails({ voce }: { voce: VoceScadenzario }) {
  return (
    <details className="small">
      <summary>{t('scadenzario.details')}</summary>
      <p className="mb-1">
        <strong>{t('scadenzario.dati')}</strong> {voce.dati}
      </p>
      <p className="mb-1">
        <strong>{t('scadenzario.fonte')}</strong> {voce.fonte.riferimento}. {voce.fonte.testo}{' '}
        <a href={voce.fonte.url} target="_blank" rel="noopener noreferrer">
          {t('scadenzario.fonteLink', { riferimento: voce.fonte.riferimento })}
        </a>
      </p>
      {voce.fonteSpostamento && (
        <p className="mb-1">
          <strong>{t('scadenzario.spostamento')}</strong> {voce.fonteSpostamento.riferimento}.{' '}
          {voce.fonteSpostamento.testo}{' '}
          <a href={voce.fonteSpostamento.url} target="_blank" rel="noopener noreferrer">
            {t('scadenzario.fonteLink', { riferimento: voce.fonteSpostamento.riferimento })}
          </a>
        </p>
      )}
    </details>
  );
}
