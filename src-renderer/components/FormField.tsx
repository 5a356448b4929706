import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

interface FieldFrame {
  id: string;
  label: ReactNode;
  /** Small label and control, for dense panels (calculators, filters). */
  compact?: boolean;
  /** Layout of the wrapper (grid column, margin). */
  wrapperClassName?: string;
}

const labelClass = (compact?: boolean) => (compact ? 'form-label small' : 'form-label');
const controlClass = (base: string, compact?: boolean, extra?: string) =>
  [base, compact ? `${base}-sm` : null, extra].filter(Boolean).join(' ');

/** A label over its input: the pair every form repeats, in one place. */
export function InputField({
  id,
  label,
  compact,
  wrapperClassName,
  className,
  ...input
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <div className={wrapperClassName}>
      <label className={labelClass(compact)} htmlFor={id}>
        {label}
      </label>
      <input id={id} className={controlClass('form-control', compact, className)} {...input} />
    </div>
  );
}

/** A label over its select; the options are the children. */
export function SelectField({
  id,
  label,
  compact,
  wrapperClassName,
  className,
  children,
  ...select
}: FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <div className={wrapperClassName}>
      <label className={labelClass(compact)} htmlFor={id}>
        {label}
      </label>
      <select id={id} className={controlClass('form-select', compact, className)} {...select}>
        {children}
      </select>
    </div>
  );
}

/** A label over its textarea. */
export function TextareaField({
  id,
  label,
  compact,
  wrapperClassName,
  className,
  ...textarea
}: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <div className={wrapperClassName}>
      <label className={labelClass(compact)} htmlFor={id}>
        {label}
      </label>
      <textarea id={id} className={controlClass('form-control', compact, className)} {...textarea} />
    </div>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({
  id,
  label,
  compact,
  wrapperClassName,
  ...input
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>) {
  return (
    <div className={['form-check', wrapperClassName].filter(Boolean).join(' ')}>
      <input id={id} type="checkbox" className="form-check-input" {...input} />
      <label className={compact ? 'form-check-label small' : 'form-check-label'} htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
