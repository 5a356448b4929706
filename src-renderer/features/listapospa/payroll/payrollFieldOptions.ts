import { PAYROLL_FIELDS, type PayrollLevel } from '../../../../shared/domain/listapospa/payroll/fields';
import type { MessageKey } from '../../../i18n';

/** The fields a column can go to, grouped as the denuncia nests them (D0, E0, gestione). */
export const FIELD_GROUPS: readonly { level: PayrollLevel; label: MessageKey }[] = [
  { level: 'd0', label: 'lpp.group.d0' },
  { level: 'e0', label: 'lpp.group.e0' },
  { level: 'gestione', label: 'lpp.group.gestione' },
];

export const fieldsOf = (level: PayrollLevel) => PAYROLL_FIELDS.filter((field) => field.level === level);
