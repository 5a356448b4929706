/**
 * Account ids at the bridge: one per credential (`spid:<CF>`, `cie:<CF>`), as an identity
 * provider sees them. INPS abilitazioni belong to the codice fiscale, so everything downstream
 * keys on the fiscal number claim, never on `sub`.
 */
export type LoginMethod = 'spid' | 'cie';

export function accountIdOf(method: LoginMethod, codiceFiscale: string): string {
  return `${method}:${codiceFiscale}`;
}

export function parseAccountId(
  accountId: string,
): { method: LoginMethod; codiceFiscale: string } | undefined {
  const match = /^(spid|cie):([A-Z0-9]{16})$/.exec(accountId);
  if (!match) return undefined;
  return { method: match[1] as LoginMethod, codiceFiscale: match[2] as string };
}
