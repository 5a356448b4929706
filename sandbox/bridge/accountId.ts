/**
 * Account ids at the bridge: one per credential (`spid:<CF>`, `cie:<CF>`, `cns:<CF>`), as an identity
 * provider sees them. INPS abilitazioni belong to the codice fiscale, so everything downstream
 * keys on the fiscal number claim, never on `sub`.
 */
export type LoginMethod = 'spid' | 'cie';
/** The CNS logs in at its own HTTPS endpoint (sandbox/cns), not on the bridge's login pages. */
export type AccountMethod = LoginMethod | 'cns';

export function accountIdOf(method: AccountMethod, codiceFiscale: string): string {
  return `${method}:${codiceFiscale}`;
}

export function parseAccountId(
  accountId: string,
): { method: AccountMethod; codiceFiscale: string } | undefined {
  const match = /^(spid|cie|cns):([A-Z0-9]{16})$/.exec(accountId);
  if (!match) return undefined;
  return { method: match[1] as AccountMethod, codiceFiscale: match[2] as string };
}
