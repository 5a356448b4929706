import type { ReactNode } from 'react';
import { Button } from 'design-react-kit';
import { cellValue, formatCell, type SezioneDefinition } from '../../../shared/domain/sezioni';
import { t } from '../../i18n';
import type { Row } from './SezioneGrid';

/** Every column of one row, and what the section adds to it (nested lists, actions). */
export function SezioneDetail({
  definition,
  current,
  onClose,
  children,
}: {
  definition: SezioneDefinition;
  current: Row;
  onClose(): void;
  children?: ReactNode;
}) {
  return (
    <section
      className="sezione-detail card card-body mt-3"
      aria-labelledby="sezione-detail-title"
      data-testid="sezione-detail"
    >
      <div className="d-flex align-items-center">
        <h2 id="sezione-detail-title" className="h5 mb-2">
          {t('sezione.detail.title')}
        </h2>
        <Button color="secondary" outline size="xs" className="ms-auto" onClick={onClose}>
          {t('sezione.detail.close')}
        </Button>
      </div>
      <dl className="row mb-2">
        {definition.columns.map((column) => (
          <div className="col-12 col-md-4" key={column.key}>
            <dt className="small">{column.label}</dt>
            <dd>{formatCell(column.kind, cellValue(current, column.key)) || '—'}</dd>
          </div>
        ))}
      </dl>
      {children}
    </section>
  );
}
