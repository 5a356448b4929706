/**
 * GET /sandbox/mailbox on the API port: what "INPS" sent by e-mail and PEC, for tests and testers.
 * It shows OTPs, so it is an operator page: own Host and operator key, as the back-office.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkOperator } from '../http/operatorGuard';
import { sendJson } from '../http/respond';
import type { Mailbox } from './mailbox';

export const MAILBOX_PATH = '/sandbox/mailbox';

/** Answers the mailbox path; false for any other path. */
export function createMailboxRoute(mailbox: Mailbox, operatorKey: string, ownHosts: readonly string[]) {
  return (req: IncomingMessage, res: ServerResponse, url: URL): boolean => {
    if (url.pathname !== MAILBOX_PATH) return false;
    const fail = (status: number, message: string, headers: Record<string, string> = {}) =>
      sendJson(res, status, { error: { code: 'CASELLA', message } }, headers);
    const verdict = checkOperator(req, ownHosts, operatorKey, url.searchParams.get('chiave'));
    if (!verdict.allowed) fail(verdict.status, verdict.message);
    else if (req.method !== 'GET') fail(405, 'Metodo non consentito.', { Allow: 'GET' });
    else {
      const to = url.searchParams.get('to')?.slice(0, 320);
      const subject = url.searchParams.get('subject')?.slice(0, 500);
      sendJson(res, 200, mailbox.find({ ...(to ? { to } : {}), ...(subject ? { subject } : {}) }));
    }
    return true;
  };
}
