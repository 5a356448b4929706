import { useState } from 'react';
import { formatAmountIt, parseAmountIt } from '../../../shared/domain/listapospa/amount';
import type { CodeTable } from '../../../shared/domain/listapospa/codeTables';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t } from '../../i18n';
import { fieldId } from './fieldId';

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

export function TextInput({
  path,
  label,
  findings,
  value,
  onCommit,
}: Base & { value: string; onCommit(v: string): void }) {
  const id = fieldId(path);
  const mine = own(findings, path);
  return (
    <div className="lp-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={`form-control${mine.some((f) => f.severity === 'bloccante') ? ' is-invalid' : ''}`}
        value={value}
        onChange={(event) => onCommit(event.target.value)}
        aria-invalid={mine.length ? true : undefined}
        aria-describedby={mine.length ? `${id}-errori` : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      <FieldErrors id={id} findings={mine} />
    </div>
  );
}

export function AmountInput({
  path,
  label,
  findings,
  value,
  hint,
  onCommit,
}: Base & { value: string; hint?: string; onCommit(v: string): void }) {
  const id = fieldId(path);
  const [text, setText] = useState<string | null>(null);
  const invalid = text !== null && parseAmountIt(text) === undefined;
  const mine = own(findings, path);
  const describedBy = [mine.length || invalid ? `${id}-errori` : '', hint ? `${id}-aiuto` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="lp-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        className={`form-control text-end${invalid || mine.some((f) => f.severity === 'bloccante') ? ' is-invalid' : ''}`}
        value={text ?? formatAmountIt(value)}
        onChange={(event) => {
          setText(event.target.value);
          const parsed = parseAmountIt(event.target.value);
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
      <FieldErrors id={id} findings={mine} extra={invalid ? t('lp.amountInvalid') : null} />
    </div>
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
  const id = fieldId(path);
  const mine = own(findings, path);
  const known = table.entries.some((entry) => entry.code === value);
  return (
    <div className="lp-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className={`form-select${mine.some((f) => f.severity === 'bloccante') ? ' is-invalid' : ''}`}
        value={value ?? ''}
        onChange={(event) => onCommit(event.target.value === '' ? undefined : event.target.value)}
        aria-invalid={mine.length ? true : undefined}
        aria-describedby={mine.length ? `${id}-errori` : undefined}
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
