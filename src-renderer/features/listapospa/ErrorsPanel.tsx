import { useState } from 'react';
import { t } from '../../i18n';
import { d0IndexOf, type DraftStatus } from './draftStatus';
import { useEditorStore } from './editorStore';

/** Findings per page: the list is paged, never cut off. */
const ERRORS_PAGE = 50;

export function ErrorsPanel({
  status,
  onFrontespizio,
}: {
  status: DraftStatus;
  /** A finding outside the D0 (frontespizio): open its panel and focus the field. */
  onFrontespizio(path: string): void;
}) {
  const select = useEditorStore((state) => state.select);
  const { findings, blocking, warnings } = status;
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(findings.length / ERRORS_PAGE));
  const current = Math.min(page, pages - 1);
  const shown = findings.slice(current * ERRORS_PAGE, (current + 1) * ERRORS_PAGE);
  return (
    <section aria-labelledby="lp-errors-title" className="lp-errors" data-testid="lp-errors">
      <h2 id="lp-errors-title" className="h5">
        {t('lp.errors')} <small>({t('lp.errorsCount', { bloccanti: blocking, avvisi: warnings })})</small>
      </h2>
      {findings.length === 0 ? (
        <p>{t(status.emptyList)}</p>
      ) : (
        <>
          <ul className="list-unstyled lp-errors-list" data-testid="lp-errors-list">
            {shown.map((finding, i) => (
              <li key={current * ERRORS_PAGE + i} className="mb-1" data-code={finding.code}>
                <button
                  type="button"
                  className="btn btn-link p-0 text-start"
                  onClick={() => {
                    const index = d0IndexOf(finding.path);
                    if (index >= 0) select(index, finding.path);
                    else onFrontespizio(finding.path);
                  }}
                >
                  <span
                    className={`badge ${finding.severity === 'bloccante' ? 'bg-danger' : 'bg-warning text-dark'} me-1`}
                  >
                    {t(finding.severity === 'bloccante' ? 'lp.severity.bloccante' : 'lp.severity.avviso')}
                  </span>
                  <strong>{finding.code}</strong> {finding.cfLavoratore ? `${finding.cfLavoratore}: ` : ''}
                  {finding.message}
                  <span className="visually-hidden"> – {t('lp.goTo')}</span>
                </button>
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav className="d-flex align-items-center gap-2" aria-label={t('lp.errors')}>
              <button
                type="button"
                className="btn btn-outline-primary btn-sm"
                disabled={current === 0}
                onClick={() => setPage(current - 1)}
              >
                {t('lp.errorsPrev')}
              </button>
              <span className="small" aria-live="polite" data-testid="lp-errors-page">
                {t('lp.errorsPage', {
                  from: current * ERRORS_PAGE + 1,
                  to: current * ERRORS_PAGE + shown.length,
                  total: findings.length,
                })}
              </span>
              <button
                type="button"
                className="btn btn-outline-primary btn-sm"
                disabled={current >= pages - 1}
                onClick={() => setPage(current + 1)}
              >
                {t('lp.errorsNext')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
