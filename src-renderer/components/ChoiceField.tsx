import { SelectField, type FieldFrame } from './FormField';

interface ChoiceFieldProps<V extends string> extends FieldFrame {
  value: V | '';
  /** The values offered, in order; a value outside them is never handed on. */
  choices: readonly V[];
  optionLabel(choice: V): string;
  /** A first option, value '', for "any" in filters; its choice hands on undefined. */
  anyLabel?: string;
  onChoose(choice: V | undefined): void;
}

/** A labelled select over a fixed list of values, each with its label: filters and format pickers. */
export function ChoiceField<V extends string>({
  value,
  choices,
  optionLabel,
  anyLabel,
  onChoose,
  ...frame
}: ChoiceFieldProps<V>) {
  return (
    <SelectField
      {...frame}
      value={value}
      onChange={(event) => onChoose(choices.find((choice) => choice === event.target.value))}
    >
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {optionLabel(choice)}
        </option>
      ))}
    </SelectField>
  );
}
