import {
  DATE_FORMATS,
  NUMBER_FORMATS,
  type PayrollMapping,
} from '../../../../shared/domain/listapospa/payroll/mapping';
import { DataTable } from '../../../components/DataTable';
import { ChoiceField } from '../../../components/ChoiceField';
import { t } from '../../../i18n';
import { FIELD_GROUPS, fieldsOf } from './payrollFieldOptions';

interface MappingTableProps {
  mapping: PayrollMapping;
  samples: readonly (readonly string[])[];
  onChange(mapping: PayrollMapping): void;
}

type Row = PayrollMapping['columns'][number] & { index: number };

/** Each column of the file → a field of D0, E0 or the gestione, or ignored; and the file's formats. */
export function MappingTable({ mapping, samples, onChange }: MappingTableProps) {
  const setField = (index: number, field: string | null) =>
    onChange({
      ...mapping,
      columns: mapping.columns.map((column, i) => (i === index ? { ...column, field } : column)),
    });
  return (
    <>
      <div className="d-flex flex-wrap gap-3 mb-3">
        <ChoiceField
          id="lpp-number-format"
          label={t('lpp.numberFormat')}
          value={mapping.numberFormat}
          choices={NUMBER_FORMATS}
          optionLabel={(format) => t(format === 'it' ? 'lpp.numberFormat.it' : 'lpp.numberFormat.en')}
          onChoose={(numberFormat) => numberFormat && onChange({ ...mapping, numberFormat })}
        />
        <ChoiceField
          id="lpp-date-format"
          label={t('lpp.dateFormat')}
          value={mapping.dateFormat}
          choices={DATE_FORMATS}
          optionLabel={(format) => format}
          onChoose={(dateFormat) => dateFormat && onChange({ ...mapping, dateFormat })}
        />
      </div>
      <DataTable<Row>
        caption={t('lpp.mapping')}
        testId="lpp-mapping"
        dense
        rows={mapping.columns.map((column, index) => ({ ...column, index }))}
        rowKey={(row) => String(row.index)}
        rowData={(row) => ({ 'data-colonna': row.header })}
        columns={[
          { header: t('lpp.col.colonna'), rowHeader: true, cell: (row) => row.header },
          {
            header: t('lpp.col.esempio'),
            cell: (row) =>
              samples
                .map((sample) => sample[row.index] ?? '')
                .filter(Boolean)
                .join(' · '),
          },
          {
            header: t('lpp.col.campo'),
            cell: (row) => (
              <select
                className="form-select form-select-sm"
                aria-label={t('lpp.field.for', { colonna: row.header })}
                value={row.field ?? ''}
                onChange={(e) => setField(row.index, e.target.value || null)}
              >
                <option value="">{t('lpp.field.ignore')}</option>
                {FIELD_GROUPS.map((group) => (
                  <optgroup key={group.level} label={t(group.label)}>
                    {fieldsOf(group.level).map((field) => (
                      <option key={field.id} value={field.id}>
                        {field.header}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            ),
          },
        ]}
      />
    </>
  );
}
