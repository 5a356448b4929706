import type { Page } from '@playwright/test';
import { shell } from './shell';

export const settingsPage = (page: Page) => ({
  async open() {
    await shell(page).navLink('Impostazioni').click();
  },
  production: page.getByRole('radio', { name: 'Produzione' }),
  // bootstrap-italia draws the radio on its label, which is what a user clicks.
  chooseProduction: () => page.locator('label[for="environment-production"]').click(),
  chooseSandbox: () => page.locator('label[for="environment-sandbox"]').click(),
  apiBaseUrl: page.getByLabel('Indirizzo API del Cassetto'),
  issuer: page.getByLabel('Indirizzo del bridge SPID, CIE e CNS (issuer OpenID Connect)'),
  clientId: page.getByLabel('Identificativo client OpenID Connect'),
  proxy: page.getByLabel('Proxy HTTP (facoltativo)'),
  officialXsd: page.getByLabel('XSD ufficiale ListaPosPA, percorso del file (facoltativo)'),
  save: page.getByRole('button', { name: 'Salva impostazioni' }),
  saved: page.getByText('Impostazioni salvate.'),
  fieldError: (id: string) => page.locator(`#${id}-errore`),
});
