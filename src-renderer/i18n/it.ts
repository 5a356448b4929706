import { delegheMessages } from './it/deleghe';
import { cassettoMessages } from './it/cassetto';
import { quesitiMessages } from './it/quesiti';
import { listapospaMessages } from './it/listapospa';
import { listapospaPanelsMessages } from './it/listapospaPanels';
import { sessionMessages } from './it/session';
import { settingsMessages } from './it/settings';
import { shellMessages } from './it/shell';
import { reviewMessages } from './it/review';
import { auditMessages } from './it/audit';

/** The Italian catalogue: every string the UI shows, one file per feature under it/. */
export const it = {
  ...shellMessages,
  ...settingsMessages,
  ...sessionMessages,
  ...delegheMessages,
  ...cassettoMessages,
  ...quesitiMessages,
  ...listapospaMessages,
  ...listapospaPanelsMessages,
  ...reviewMessages,
  ...auditMessages,
} as const;

export type MessageKey = keyof typeof it;
