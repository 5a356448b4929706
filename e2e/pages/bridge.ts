import type { Page } from '@playwright/test';

export interface Identity {
  persona: string;
  method: 'spid' | 'cie';
  level?: 1 | 2 | 3;
}

/** The sandbox bridge's test identity provider, as a tester uses it. */
export async function loginAtBridge(bridge: Page, identity: Identity): Promise<void> {
  await bridge
    .getByRole('button', { name: identity.method === 'cie' ? 'Entra con CIE' : 'Entra con SPID' })
    .click();
  await bridge.getByLabel('Identità di prova').selectOption(identity.persona);
  if (identity.method === 'spid') await bridge.getByLabel(`SPID livello ${identity.level ?? 2}`).check();
  await bridge.getByRole('button', { name: 'Accedi' }).click();
}
