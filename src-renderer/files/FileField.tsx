import type { ReactNode } from 'react';
import { FilePicker, type FilePickerProps } from './FilePicker';

/** A label over a FilePicker, laid out as FormField lays out a label over its input. */
export function FileField({
  label,
  compact,
  wrapperClassName,
  ...picker
}: FilePickerProps & { label: ReactNode; compact?: boolean; wrapperClassName?: string }) {
  return (
    <div className={wrapperClassName}>
      <label className={compact ? 'form-label small' : 'form-label'} htmlFor={picker.id}>
        {label}
      </label>
      <FilePicker {...picker} />
    </div>
  );
}
