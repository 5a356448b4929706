import type { Gestioni, Periodo } from '../../../shared/domain/listapospa/model';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { RECUPERO_SGRAVI } from '../../../shared/domain/listapospa/tracciato';
import { t, type MessageKey } from '../../i18n';
import { AmountInput, OptionalAmountInput, TextInput } from './Fields';
import { QuadroList } from './QuadroList';
import { addRecuperoSgravi, removeRecuperoSgravi, setRecuperoSgraviField } from './quadri';

/**
 * The RecuperoSgravi rows of a GestPensionistica (recuperi di sgravi, e.g. CodiceRecupero 57):
 * one row per recupero, its fields drawn from the description of the tracciato in its order.
 */

type Key = keyof typeof RECUPERO_SGRAVI.fields;
/** The compiler asks for a label for every field the description gives the row. */
const LABELS: Record<Key, MessageKey> = {
  annoRif: 'lp.rs.annoRif',
  meseRif: 'lp.rs.meseRif',
  codiceRecupero: 'lp.rs.codiceRecupero',
  altroImponibile: 'lp.rs.altroImponibile',
  importo: 'lp.rs.importo',
};
const FIELDS = Object.entries(RECUPERO_SGRAVI.fields) as [Key, (typeof RECUPERO_SGRAVI.fields)[Key]][];

export function RecuperoSgraviRows({
  path,
  periodo,
  findings,
  onChange,
}: {
  /** Model path of the GestPensionistica. */
  path: string;
  periodo: Periodo;
  findings: readonly Finding[];
  onChange(mutate: (g: Gestioni) => void): void;
}) {
  const rows = periodo.gestioni?.pensionistica?.recuperoSgravi ?? [];
  return (
    <QuadroList
      path={`${path}.recuperoSgravi`}
      labels={{ heading: 'lp.rs.heading', title: 'lp.rs.title', add: 'lp.rs.add', remove: 'lp.rs.remove' }}
      nested
      items={rows}
      findings={findings}
      onAdd={() => onChange((next) => addRecuperoSgravi(next, periodo))}
      onRemove={(index) => onChange((next) => removeRecuperoSgravi(next, index))}
    >
      {(row, index, rowPath) => (
        <div className="lp-row">
          {FIELDS.map(([key, field]) => {
            const props = { path: `${rowPath}.${key}`, label: t(LABELS[key]), findings };
            const commit = (value: string | undefined) =>
              onChange((next) => setRecuperoSgraviField(next, index, key, value?.trim()));
            if (field.value !== 'amount')
              return <TextInput key={key} {...props} value={row[key] ?? ''} onCommit={commit} />;
            return field.optional ? (
              <OptionalAmountInput key={key} {...props} value={row[key]} onCommit={commit} />
            ) : (
              <AmountInput key={key} {...props} value={row[key] ?? '0.00'} onCommit={commit} />
            );
          })}
        </div>
      )}
    </QuadroList>
  );
}
