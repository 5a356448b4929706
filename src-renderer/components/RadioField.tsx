import type { ReactNode } from 'react';

interface RadioFieldProps<V extends string | number> {
  /** The radios' name; each radio's id is the name and its value ("environment-sandbox"). */
  name: string;
  legend: ReactNode;
  legendClassName?: string;
  /** Layout of the fieldset (grid column, margin). */
  className?: string;
  /** The radios side by side rather than one a line. */
  inline?: boolean;
  /** The values offered, in order: they alone give the type of a value. */
  choices: readonly V[];
  /** The value chosen; none is checked while it is not one of the choices. */
  value: NoInfer<V> | null;
  optionLabel(choice: V): ReactNode;
  onChoose(choice: NoInfer<V>): void;
}

/** One choice among a few shown all at once: a fieldset named by its legend, a radio per value. */
export function RadioField<V extends string | number>({
  name,
  legend,
  legendClassName,
  className,
  inline,
  choices,
  value,
  optionLabel,
  onChoose,
}: RadioFieldProps<V>) {
  return (
    <fieldset className={className}>
      <legend className={legendClassName}>{legend}</legend>
      {choices.map((choice) => (
        <div key={choice} className={inline ? 'form-check form-check-inline' : 'form-check'}>
          <input
            id={`${name}-${choice}`}
            type="radio"
            name={name}
            className="form-check-input"
            checked={value === choice}
            onChange={() => onChoose(choice)}
          />
          <label htmlFor={`${name}-${choice}`} className="form-check-label">
            {optionLabel(choice)}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
