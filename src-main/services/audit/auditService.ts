import type { AuditFilter } from '../../../shared/contract/calls/auditCalls';
import { AUDIT_OPERATIONS, filterAuditEntries } from '../../../shared/domain/audit/operations';
import { toCsv } from '../export/csv';
import type { UserScope } from '../userScope';
import { auditDirOf, readAuditLog } from './auditLog';

const CSV_COLUMNS = [
  { key: 'n', label: 'N.', kind: 'text' },
  { key: 'at', label: 'Data e ora (UTC)', kind: 'text' },
  { key: 'cf', label: 'Codice fiscale', kind: 'text' },
  { key: 'operazione', label: 'Operazione', kind: 'text' },
  { key: 'posizioneId', label: 'Posizione', kind: 'text' },
  { key: 'outcome', label: 'Esito', kind: 'text' },
  { key: 'detail', label: 'Dettaglio', kind: 'text' },
  { key: 'sha256', label: 'SHA-256 del file', kind: 'text' },
  { key: 'prev', label: 'SHA-256 della voce precedente', kind: 'text' },
] as const;

/** The signed-in user's audit log: only theirs, read from their own folder. */
export function createAuditService(userScope: UserScope) {
  const read = () => readAuditLog(auditDirOf(userScope.current().dir));
  return {
    async list(filter: AuditFilter, limit: number) {
      const { entries, verification } = await read();
      const matching = filterAuditEntries(entries, filter);
      const posizioni = [
        ...new Set(entries.flatMap((entry) => (entry.posizioneId ? [entry.posizioneId] : []))),
      ];
      return {
        entries: matching.slice(-limit).reverse(),
        total: matching.length,
        posizioni: posizioni.sort(),
        verification,
      };
    },
    async exportCsv(filter: AuditFilter, signal?: AbortSignal) {
      const { entries } = await read();
      const rows = filterAuditEntries(entries, filter).map((entry) => ({
        ...entry,
        at: entry.at.replace('T', ' ').slice(0, 19),
        operazione: AUDIT_OPERATIONS.labels[entry.op] ?? entry.op,
      }));
      const csv = await toCsv(CSV_COLUMNS, rows, undefined, signal);
      return {
        fileName: `registro-operazioni-${new Date().toISOString().slice(0, 10)}.csv`,
        mimeType: 'text/csv',
        base64: Buffer.from(csv, 'utf8').toString('base64'),
        rows: rows.length,
      };
    },
    verify: async () => (await read()).verification,
  };
}
