import type { AuditEntry, AuditFilter } from '../../contract/calls/auditCalls';
import { closedList, type CodeOf } from '../codeLabels';

/** The operations of the audit log, each as the screen and the CSV name it. */
export const AUDIT_OPERATIONS = closedList({
  login: 'Accesso',
  logout: 'Uscita',
  'listapospa.import': 'ListaPosPA: importazione',
  'listapospa.export': 'ListaPosPA: esportazione XML',
  'listapospa.submit': 'ListaPosPA: invio all’INPS',
  'delega.request': 'Delega: richiesta',
  'delega.activate': 'Delega: attivazione',
  'delega.revoke': 'Delega: revoca',
  'abilitazione.grant': 'Abilitazione: concessione',
  'abilitazione.revoke': 'Abilitazione: revoca',
  contestazione: 'Contestazione nota di debito',
  tracciato: 'Invio tracciato',
  quesito: 'Quesito',
  'settings.change': 'Modifica impostazioni',
  export: 'Esportazione',
});
export type AuditOperation = CodeOf<typeof AUDIT_OPERATIONS>;

/** Entries matching the filter (dates compared on the entry's day, UTC as written). */
export function filterAuditEntries(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  return entries.filter((entry) => {
    const day = entry.at.slice(0, 10);
    if (filter.op && entry.op !== filter.op) return false;
    if (filter.posizioneId && entry.posizioneId !== filter.posizioneId) return false;
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    if (filter.outcome === 'ok' && entry.outcome !== 'ok') return false;
    if (filter.outcome === 'errore' && entry.outcome === 'ok') return false;
    return true;
  });
}
