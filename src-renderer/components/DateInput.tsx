import { useState, type InputHTMLAttributes } from 'react';
import { LabelledField, splitFrame, type FieldFrame } from './FormField';
import { DATE_HINT, MONTH_HINT, formatDate, formatMonth, parseDate, parseMonth } from '../format';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'>;

export interface DateInputProps extends NativeProps {
  id: string;
  /** A day (gg/mm/aaaa) or a month (mm/aaaa). */
  kind: 'date' | 'month';
  /** ISO ("2026-10-05", "2026-10") or "". */
  value: string;
  /** What the field is, for the message ("Data di inizio: scrivere gg/mm/aaaa…"). */
  what?: string;
  /**
   * ISO when the text is a date, "" when empty, the text itself when it is not a date (so a form
   * validating ISO refuses it); `valid` says which.
   */
  onValue(value: string, valid: boolean): void;
}

/**
 * A date or month typed and shown the Italian way, kept ISO inside. What the user types stays
 * on screen while it is not a date, with the reason under the field once they leave it.
 */
export function DateInput({ id, kind, value, what, onValue, className, onBlur, ...rest }: DateInputProps) {
  const format = kind === 'date' ? formatDate : formatMonth;
  const parse = kind === 'date' ? parseDate : parseMonth;
  // What was typed, and the value it gave: shown while it is not a date, or while the value is
  // still the one it gave (a value changed from outside is shown instead).
  const [typed, setTyped] = useState<{ text: string; value: string; valid: boolean } | null>(null);
  const [left, setLeft] = useState(false);
  const shown = typed && (!typed.valid || typed.value === value) ? typed.text : value ? format(value) : '';
  const parsed = shown.trim() === '' ? null : parse(shown, what);
  const problem = left && parsed && !parsed.ok ? parsed.message : null;
  const describedBy = [rest['aria-describedby'], problem ? `${id}-formato` : ''].filter(Boolean).join(' ');
  return (
    <>
      <input
        {...rest}
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={kind === 'date' ? DATE_HINT : MONTH_HINT}
        maxLength={kind === 'date' ? 10 : 7}
        className={`${className ?? 'form-control'}${problem ? ' is-invalid' : ''}`}
        value={shown}
        aria-invalid={problem ? true : rest['aria-invalid']}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          const next = event.target.value;
          const result = next.trim() === '' ? ({ ok: true, iso: '' } as const) : parse(next, what);
          const emitted = result.ok ? result.iso : next;
          setTyped({ text: next, value: emitted, valid: result.ok });
          onValue(emitted, result.ok);
        }}
        onBlur={(event) => {
          setLeft(true);
          onBlur?.(event);
        }}
      />
      {problem && (
        <div id={`${id}-formato`} className="field-error mt-1" role="alert">
          {problem}
        </div>
      )}
    </>
  );
}

/** A label over a DateInput, as InputField lays out a label over its input. */
export function DateField(props: Omit<DateInputProps, 'className'> & FieldFrame) {
  const [frame, input] = splitFrame(props);
  return (
    <LabelledField {...frame}>
      <DateInput {...input} className={frame.compact ? 'form-control form-control-sm' : 'form-control'} />
    </LabelledField>
  );
}
