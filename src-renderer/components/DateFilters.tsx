import { DateField } from './DateInput';
import { t, type MessageKey } from '../i18n';

interface DateFiltersProps<K extends string> {
  /** The fields' ids are `${idPrefix}-${key}`. */
  idPrefix: string;
  kind: 'date' | 'month';
  /** Each filter's key in `values`, with its label. */
  fields: readonly (readonly [K, MessageKey])[];
  /** The screen's filter (useFilter): ISO days or months by key. */
  values: Partial<Record<K, string>>;
  /** A whole date, or "" for an emptied field (which removes the filter). */
  onFilter(key: K, value: string): void;
  compact?: boolean;
  wrapperClassName: string;
}

/**
 * The date (or month) filters of a screen. A date filters once it is whole; what is half typed
 * stays on screen (DateInput keeps it, with the reason) and leaves the filter as it was.
 */
export function DateFilters<K extends string>({
  idPrefix,
  kind,
  fields,
  values,
  onFilter,
  compact,
  wrapperClassName,
}: DateFiltersProps<K>) {
  return fields.map(([key, label]) => (
    <DateField
      key={key}
      id={`${idPrefix}-${key}`}
      kind={kind}
      label={t(label)}
      what={t(label)}
      compact={compact}
      wrapperClassName={wrapperClassName}
      value={values[key] ?? ''}
      onValue={(value, valid) => valid && onFilter(key, value)}
    />
  ));
}
