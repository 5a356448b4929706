import type { ReactNode } from 'react';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { t } from '../../i18n';
import { AmountInput, CodeSelect, DayInput, MonthInput, OptionalAmountInput, TextInput } from './Fields';
import type { QuadroField } from './quadroFields';

interface Props<T> {
  /** Model path of the quadro: each field's path is this plus its key. */
  path: string;
  item: T;
  findings: readonly Finding[];
  update(mutate: (item: T) => void): void;
}

/** One field of a quadro, drawn by its kind (quadroFields.ts). */
function ModelField<T>({ field, path, item, findings, update }: Props<T> & { field: QuadroField<T> }) {
  const common = { path: `${path}.${field.key}`, label: t(field.label), findings };
  const value = field.value(item);
  const commit = (next: string | undefined) => update((target) => field.commit(target, next));
  switch (field.kind) {
    case 'code':
      return (
        <CodeSelect
          {...common}
          value={value}
          table={field.table!}
          optional={field.optional}
          onCommit={commit}
        />
      );
    case 'amount':
      return field.optional ? (
        <OptionalAmountInput {...common} value={value} onCommit={commit} />
      ) : (
        <AmountInput {...common} value={value ?? ''} onCommit={commit} />
      );
    case 'day':
      return <DayInput {...common} optional={field.optional} value={value ?? ''} onCommit={commit} />;
    case 'month':
      return <MonthInput {...common} value={value ?? ''} onCommit={commit} />;
    case 'text':
      return <TextInput {...common} value={value ?? ''} onCommit={commit} />;
  }
}

/** A quadro's fields, in the row their parent draws. */
export function ModelFields<T>({ fields, ...props }: Props<T> & { fields: readonly QuadroField<T>[] }) {
  return fields.map((field) => <ModelField key={field.key} field={field} {...props} />);
}

/** A row of a quadro's fields; `children` (fields shown on a condition) follow them in the row. */
export function FieldRow<T>({
  children,
  ...props
}: Props<T> & { fields: readonly QuadroField<T>[]; children?: ReactNode }) {
  return (
    <div className="lp-row">
      <ModelFields {...props} />
      {children}
    </div>
  );
}
