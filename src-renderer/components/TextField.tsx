import { Input } from 'design-react-kit';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'url';
  onChange(value: string): void;
}

/** A labelled text input that says what is wrong right under itself. */
export function TextField({ id, label, value, error, hint, type = 'text', onChange }: TextFieldProps) {
  const describedBy = [error ? `${id}-errore` : null, hint ? `${id}-aiuto` : null].filter(Boolean).join(' ');
  return (
    <div className="mb-4">
      <Input
        id={id}
        name={id}
        type={type}
        label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={error ? 'is-invalid' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        autoComplete="off"
        spellCheck={false}
      />
      {hint && (
        <small id={`${id}-aiuto`} className="form-text">
          {hint}
        </small>
      )}
      {error && (
        <div id={`${id}-errore`} className="field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
