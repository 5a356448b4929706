import type { AuditEntry, AuditFilter, AuditOperation } from '../../contract/calls/auditCalls';

/** The operations of the audit log as the screen and the CSV name them. */
export const AUDIT_OPERATION_LABELS: Readonly<Record<AuditOperation, string>> = {
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
};

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
