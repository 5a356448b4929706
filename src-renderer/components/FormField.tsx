import { createElement } from 'react';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

export interface FieldFrame {
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

/** A label over its control (the children): the pair every form repeats, in one place. */
export function LabelledField({
  id,
  label,
  compact,
  wrapperClassName,
  children,
}: FieldFrame & { children: ReactNode }) {
  return (
    <div className={wrapperClassName}>
      <label className={labelClass(compact)} htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** A field's frame (id, label, size, wrapper) apart from what its control takes (the id too). */
export function splitFrame<P extends FieldFrame>(
  props: P,
): [FieldFrame, Omit<P, 'label' | 'compact' | 'wrapperClassName'>] {
  const { label, compact, wrapperClassName, ...control } = props;
  return [{ id: props.id, label, compact, wrapperClassName }, control];
}

/** A field whose control is one element (input, select, textarea), sized with the frame. */
function labelledControl<A extends { className?: string }>(
  tag: 'input' | 'select' | 'textarea',
  base: string,
) {
  return function LabelledControl({
    className,
    ...props
  }: FieldFrame &
    Omit<A, 'id' | 'className'> & {
      className?: string;
    }) {
    const [frame, control] = splitFrame(props);
    return (
      <LabelledField {...frame}>
        {createElement(tag, { className: controlClass(base, frame.compact, className), ...control })}
      </LabelledField>
    );
  };
}

/** A label over its input. */
export const InputField = labelledControl<InputHTMLAttributes<HTMLInputElement>>('input', 'form-control');
/** A label over its select; the options are the children. */
export const SelectField = labelledControl<SelectHTMLAttributes<HTMLSelectElement>>('select', 'form-select');
/** A label over its textarea. */
export const TextareaField = labelledControl<TextareaHTMLAttributes<HTMLTextAreaElement>>(
  'textarea',
  'form-control',
);

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
