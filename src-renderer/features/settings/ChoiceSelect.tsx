/** A select of a few fixed numbers (minutes, days): the setting keeps one of them, never free text. */
export function ChoiceSelect<N extends number>({
  id,
  label,
  value,
  choices,
  optionLabel,
  onChoose,
}: {
  id: string;
  label: string;
  value: N;
  choices: readonly N[];
  optionLabel(choice: N): string;
  onChoose(choice: N): void;
}) {
  return (
    <div className="mb-4 select-wrapper">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = choices.find((choice) => String(choice) === event.target.value);
          if (chosen !== undefined) onChoose(chosen);
        }}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {optionLabel(choice)}
          </option>
        ))}
      </select>
    </div>
  );
}
