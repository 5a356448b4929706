import type { E1, F1 } from '../../../shared/domain/listapospa/model';
import type { Finding } from '../../../shared/domain/listapospa/rules';
import { FieldRow } from './FieldRow';
import { E1_FIELDS, F1_FIELDS } from './quadroFields';

/**
 * E1 (fondo pensione complementare) and F1 (rata di riscatto / ricongiunzione). CodFondo is
 * free text: no table of fund codes was available (docs/uniemens.md §2.3 names the element only).
 */

interface QuadroProps<T> {
  path: string;
  findings: readonly Finding[];
  update(mutate: (item: T) => void): void;
}

export function E1Fields({ e1, ...props }: QuadroProps<E1> & { e1: E1 }) {
  return <FieldRow fields={E1_FIELDS} item={e1} {...props} />;
}

export function F1Fields({ f1, ...props }: QuadroProps<F1> & { f1: F1 }) {
  return <FieldRow fields={F1_FIELDS} item={f1} {...props} />;
}
