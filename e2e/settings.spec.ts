import { fileURLToPath } from 'node:url';
import { expect, test } from './support/fixtures';
import { settingsPage } from './pages/settings';
import { choose } from './pages/files';
import { shell } from './pages/shell';

const xsdShipped = fileURLToPath(
  new URL('../shared/domain/listapospa/ListaPosPA.ricostruito.xsd', import.meta.url),
);

test('bad settings are refused on the field that is wrong, and nothing is saved', async ({ app, page }) => {
  const settings = settingsPage(page);
  await settings.open();
  await settings.chooseProduction();
  await settings.apiBaseUrl.fill('http://non-sicuro.example.it');
  await settings.save.click();
  await expect(settings.fieldError('cassettoApiBaseUrl')).toHaveText(
    'Indicare un indirizzo https:// valido.',
  );
  await expect(settings.fieldError('oidcIssuer')).toHaveText('Obbligatorio per l’ambiente di produzione.');
  await expect(settings.apiBaseUrl).toBeFocused();
  await expect(settings.apiBaseUrl).toHaveAttribute('aria-invalid', 'true');

  // A file that does not exist is caught by main, not by the form: the error still lands on its field.
  await settings.chooseSandbox();
  await settings.apiBaseUrl.fill('');
  await settings.officialXsd.fill('/percorso/che/non/esiste.xsd');
  await settings.save.click();
  await expect(settings.fieldError('officialXsdPath')).toHaveText('File non trovato o non leggibile.');

  // Chosen rather than typed: the browser gives the bytes, main keeps a copy and names its path.
  // (The desktop app's Open dialog gives the file's own path.)
  await choose(page, page.getByLabel('Scegli lo schema XSD ufficiale'), xsdShipped);
  await expect(settings.officialXsd).toHaveValue(/(impostazioni[\\/]officialXsdPath|ricostruito)\.xsd$/);

  await app.restart();
  await settingsPage(app.page).open();
  await expect(settingsPage(app.page).officialXsd).toHaveValue('');
});

test('a settings change survives a restart of the host, and production hides the sandbox banner', async ({
  app,
}) => {
  const settings = settingsPage(app.page);
  await settings.open();
  await settings.proxy.fill('http://proxy.comune.local:3128');
  await settings.chooseProduction();
  await settings.apiBaseUrl.fill('https://api.cassetto.example.it/v1');
  await settings.issuer.fill('https://bridge.example.it');
  await settings.clientId.fill('cassetto-enti-desktop');
  await settings.save.click();
  await expect(settings.saved).toBeVisible();
  await expect(shell(app.page).sandboxBanner).toHaveCount(0);

  await app.restart();
  const after = settingsPage(app.page);
  await expect(shell(app.page).heading).toHaveText('Accedi a Cassetto Enti');
  await expect(app.page.getByTestId('app-about')).toHaveText('Versione 0.1.0 · Ambiente di produzione');
  await expect(shell(app.page).sandboxBanner).toHaveCount(0);
  await after.open();
  await expect(after.proxy).toHaveValue('http://proxy.comune.local:3128');
  await expect(after.apiBaseUrl).toHaveValue('https://api.cassetto.example.it/v1');
  await expect(after.production).toBeChecked();
});
