import type { AuthStatus, Dispatch, EventHub } from '../../../shared/contract';
import type { AuditOperation } from '../../../shared/domain/audit/operations';
import { accessoLabel } from '../../../shared/domain/spid';
import { userDirOf } from '../userScope';
import { appendAuditEntry, auditDirOf } from './auditLog';
import { auditedCalls, outcomeOf } from './auditedCalls';

/**
 * The one place the audit log is written from: a wrapper of the dispatcher (each audited call,
 * whoever made it: the renderer, or main making a file for files.save) and the session's events
 * (login with its level, logout with its reason). Entries go to the signed-in user's own log.
 */

export interface AuditHookDeps {
  dataDir: string;
  auth: { status(): AuthStatus };
  events: EventHub;
  settings: { get(): unknown };
  log: (message: string, error?: unknown) => void;
}

export function createAuditHook(deps: AuditHookDeps) {
  const append = async (
    codiceFiscale: string,
    op: AuditOperation,
    outcome: string,
    summary: { posizioneId?: string; detail?: string; sha256?: string } = {},
  ) => {
    try {
      await appendAuditEntry(auditDirOf(userDirOf(deps.dataDir, codiceFiscale)), {
        cf: codiceFiscale,
        op,
        outcome,
        ...summary,
      });
    } catch (error) {
      // The operation happened whatever the log's disk says: tell the log, do not undo it.
      deps.log('Registro delle operazioni: voce non scritta', error);
    }
  };

  let signedIn: string | null = null;
  deps.events.subscribe((name, payload) => {
    if (name !== 'auth.changed') return;
    const status = payload as AuthStatus;
    if (status.state === 'signed-in') {
      const { codiceFiscale, livello, metodo } = status.user;
      if (signedIn === codiceFiscale) return;
      if (signedIn) void append(signedIn, 'logout', 'ok', { detail: 'cambio di utente' });
      signedIn = codiceFiscale;
      void append(codiceFiscale, 'login', 'ok', { detail: accessoLabel(metodo, livello) });
    } else if (status.state === 'signed-out' && signedIn) {
      const who = signedIn;
      signedIn = null;
      void append(who, 'logout', 'ok', status.reason ? { detail: status.reason.slice(0, 300) } : {});
    }
  });

  /** The dispatcher, with each audited call appended once it has answered. */
  function wrap<C>(dispatch: Dispatch<C>): Dispatch<C> {
    return async (...args: Parameters<Dispatch<C>>) => {
      const [name, input] = args;
      const audited = typeof name === 'string' ? auditedCalls[name as keyof typeof auditedCalls] : undefined;
      const status = audited ? deps.auth.status() : undefined;
      if (!audited || status?.state !== 'signed-in') return dispatch(...args);
      const { codiceFiscale } = status.user;
      const before = audited.before?.(deps);
      const result = await dispatch(...args);
      let summary = {};
      try {
        summary = await audited.summarise(input, result.ok ? result.value : undefined, {
          userDir: userDirOf(deps.dataDir, codiceFiscale),
          before,
        });
      } catch (error) {
        deps.log(`Registro delle operazioni: riepilogo di ${String(name)} non riuscito`, error);
      }
      await append(codiceFiscale, audited.op, outcomeOf(result), summary);
      return result;
    };
  }

  return { wrap };
}
