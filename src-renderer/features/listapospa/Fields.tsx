import { useState } from 'react';
import { parseAmountIt } from '../../../shared/domain/listapospa/amount';
import { formatImporto } from '../../../shared/text/formatIt';
import type { CodeTable } from '../../../shared/domain/listapospa/codeTables';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t, type MessageKey } from '../../i18n';
import { fieldId } from './fieldId';
import { percPartTimeFromInput, percPartTimeToDisplay } from './percent';
import { formatDate, formatMonth, parseDate, parseMonth, type Parsed } from '../../format';

/** Inputs of the editor: each knows its model path, so its findings show right under it. */

interface Base {
  path: string;
  label: string;
  findings: readonly Finding[];
}

function FieldErrors({
  id,
  findings,
  extra,
}: {
  id: string;
  findings: readonly Finding[];
  extra?: string | null;
}) {
  if (!findings.length && !extra) return null;
  return (
    <ul id={`${id}-errori`} className="lp-field-errors list-unstyled small mb-0">
      {extra && <li className="text-danger">{extra}</li>}
      {findings.map((finding, index) => (
        <li
          key={index}
          className={finding.severity === 'bloccante' ? 'text-danger' : 'text-warning-emphasis'}
        >
          <strong>{finding.code}</strong> {finding.message}
        </li>
      ))}
    </ul>
  );
}

const own = (findings: readonly Finding[], path: string) =>
  findings.filter((finding) => finding.path === path);

/** A field's id, its own findings, and what ties them to its control (red when one blocks). */
function findingsOf(findings: readonly Finding[], path: string, base: 'form-control' | 'form-select') {
  const id = fieldId(path);
  const mine = own(findings, path);
  return {
    id,
    mine,
    control: {
      id,
      className: `${base}${mine.some((f) => f.severity === 'bloccante') ? ' is-invalid' : ''}`,
      'aria-invalid': mine.length ? true : undefined,
      'aria-describedby': mine.length ? `${id}-errori` : undefined,
    },
  };
}

export function TextInput({
  path,
  label,
  findings,
  value,
  onCommit,
}: Base & { value: string; onCommit(v: string): void }) {
  const { id, mine, control } = findingsOf(findings, path, 'form-control');
  return (
    <div className="lp-field">
      <label htmlFor={id}>{label}</label>
      <input
        {...control}
        value={value}
        onChange={(event) => onCommit(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      <FieldErrors id={id} findings={mine} />
    </div>
  );
}

export function AmountInput({
  onCommit,
  ...props
}: Base & { value: string; hint?: string; onCommit(v: string): void }) {
  return (
    <ParsedField {...props} kind="amount" onCommit={(value) => value !== undefined && onCommit(value)} />
  );
}

/** An amount the model may omit: an empty field removes it. */
export function OptionalAmountInput(
  props: Base & { value: string | undefined; hint?: string; onCommit(v: string | undefined): void },
) {
  return <ParsedField {...props} kind="amount" optional />;
}

/** The date parsers' answer as ParsedField wants it: the ISO value, or undefined. */
const isoOf = (parse: (text: string) => Parsed) => (text: string) => {
  const parsed = parse(text);
  return parsed.ok ? parsed.iso : undefined;
};

/** How a kind of value is typed (the Italian way), kept (the model's form) and shown back. */
interface Parser {
  parse(text: string): string | undefined;
  format(value: string): string;
  /** What is said under the field while the text is not one. */
  invalid: MessageKey;
  /** Right-aligned, as figures are. */
  end?: true;
}

const PARSERS: Readonly<Record<'amount' | 'percent' | 'day' | 'month', Parser>> = {
  amount: { parse: parseAmountIt, format: formatImporto, invalid: 'lp.amountInvalid', end: true },
  percent: {
    parse: percPartTimeFromInput,
    format: percPartTimeToDisplay,
    invalid: 'lp.percentInvalid',
    end: true,
  },
  day: { parse: isoOf(parseDate), format: formatDate, invalid: 'lp.dateInvalid' },
  month: { parse: isoOf(parseMonth), format: formatMonth, invalid: 'lp.monthInvalid' },
};

/**
 * A value typed in its Italian form and kept in the model's form (amounts "1.234,56" →
 * "1234.56", percentages "66,67" → "66670", days and months → ISO). What the user types stays on
 * screen while it does not parse, with the reason, and is committed as soon as it does.
 */
function ParsedField({
  kind,
  path,
  label,
  findings,
  value,
  hint,
  optional,
  onCommit,
}: Base & {
  kind: keyof typeof PARSERS;
  value: string | undefined;
  hint?: string;
  optional?: boolean;
  onCommit(v: string | undefined): void;
}) {
  const { parse, format, invalid: invalidKey, end } = PARSERS[kind];
  const id = fieldId(path);
  const [text, setText] = useState<string | null>(null);
  const empty = text !== null && text.trim() === '';
  const invalid = text !== null && !(optional && empty) && parse(text) === undefined;
  const mine = own(findings, path);
  const describedBy = [mine.length || invalid ? `${id}-errori` : '', hint ? `${id}-aiuto` : '']
    .filter(Boolean)
    .join(' ');
  const blocking = invalid || mine.some((f) => f.severity === 'bloccante');
  return (
    <div className="lp-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        className={`form-control${end ? ' text-end' : ''}${blocking ? ' is-invalid' : ''}`}
        value={text ?? (value === undefined ? '' : format(value))}
        onChange={(event) => {
          setText(event.target.value);
          if (optional && event.target.value.trim() === '') {
            onCommit(undefined);
            return;
          }
          const parsed = parse(event.target.value);
          if (parsed !== undefined) onCommit(parsed);
        }}
        onBlur={() => {
          if (!invalid) setText(null);
        }}
        aria-invalid={invalid || mine.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        autoComplete="off"
      />
      {hint && (
        <small id={`${id}-aiuto`} className="form-text">
          {hint}
        </small>
      )}
      <FieldErrors id={id} findings={mine} extra={invalid ? t(invalidKey) : null} />
    </div>
  );
}

/** PercPartTime: typed and shown as "66,67", stored as the model wants ("66670"). */
export function PercentInput({ onCommit, ...props }: Base & { value: string; onCommit(v: string): void }) {
  return (
    <ParsedField {...props} kind="percent" onCommit={(value) => value !== undefined && onCommit(value)} />
  );
}

export function CodeSelect({
  path,
  label,
  findings,
  value,
  table,
  optional,
  onCommit,
}: Base & {
  value: string | undefined;
  table: CodeTable;
  optional?: boolean;
  onCommit(v: string | undefined): void;
}) {
  const { id, mine, control } = findingsOf(findings, path, 'form-select');
  const known = table.entries.some((entry) => entry.code === value);
  return (
    <div className="lp-field">
      <label htmlFor={id}>{label}</label>
      <select
        {...control}
        value={value ?? ''}
        onChange={(event) => onCommit(event.target.value === '' ? undefined : event.target.value)}
      >
        {(optional || value === undefined) && <option value="">{t('lp.none.option')}</option>}
        {!known && value !== undefined && <option value={value}>{value}</option>}
        {table.entries.map((entry) => (
          <option key={entry.code} value={entry.code}>
            {entry.code} – {entry.label}
          </option>
        ))}
      </select>
      <FieldErrors id={id} findings={mine} />
    </div>
  );
}

/** Findings that concern a whole group or list (e.g. the EnteVersante totals of a V1). */
export function GroupFindings({ path, findings }: { path: string; findings: readonly Finding[] }) {
  return <FieldErrors id={fieldId(path)} findings={own(findings, path)} />;
}

/** A day or month typed the Italian way and kept ISO in the model; "" when optional and empty. */
function DatedInput({
  onCommit,
  ...props
}: Base & { kind: 'day' | 'month'; value: string; optional?: boolean; onCommit(v: string): void }) {
  return <ParsedField {...props} onCommit={(value) => onCommit(value ?? '')} />;
}

/** A day typed gg/mm/aaaa (GiornoInizio, DataAtto…). */
export function DayInput(props: Base & { value: string; optional?: boolean; onCommit(v: string): void }) {
  return <DatedInput kind="day" {...props} />;
}

/** A month typed mm/aaaa, kept "AAAA-MM" (AnnoMeseRif, AnnoMeseErogazione). */
export function MonthInput(props: Base & { value: string; onCommit(v: string): void }) {
  return <DatedInput kind="month" {...props} />;
}
