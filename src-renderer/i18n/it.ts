import { delegheMessages } from './it/deleghe';
import { sezioniMessages } from './it/sezioni';
import { quesitiMessages } from './it/quesiti';
import { listapospaMessages } from './it/listapospa';
import { listapospaPanelsMessages } from './it/listapospaPanels';
import { listapospaPayrollMessages } from './it/listapospaPayroll';
import { sessionMessages } from './it/session';
import { settingsMessages } from './it/settings';
import { shellMessages } from './it/shell';
import { cruscottoMessages } from './it/cruscotto';
import { scadenzarioMessages } from './it/scadenzario';
import { reviewMessages } from './it/review';
import { auditMessages } from './it/audit';

/** The Italian catalogue: every string the UI shows, one file per feature under it/. */
export const it = {
  ...shellMessages,
  ...settingsMessages,
  ...sessionMessages,
  ...delegheMessages,
  ...sezioniMessages,
  ...quesitiMessages,
  ...listapospaMessages,
  ...listapospaPanelsMessages,
  ...cruscottoMessages,
  ...scadenzarioMessages,
  ...listapospaPayrollMessages,
  ...reviewMessages,
  ...auditMessages,
} as const;

export type MessageKey = keyof typeof it;
