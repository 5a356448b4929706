import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './support/fixtures';
import { shell } from './pages/shell';

test('a page opened without the session key gets nothing from the host', async ({ app, browser }) => {
  const stranger = await browser.newPage();
  await stranger.goto(`${app.origin}/`);
  await expect(stranger.getByRole('heading', { name: 'Sessione non riconosciuta' })).toBeVisible();
  const status = await stranger.evaluate(
    async () =>
      (
        await fetch('/api/call/app.info', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
  );
  expect(status).toBe(401);
  await stranger.close();
});

test('another local web page cannot call the host', async ({ app, browser }) => {
  await expect(shell(app.page).heading).toHaveText('Accedi a Cassetto Enti');
  const evil = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end('<!doctype html><title>altra pagina</title>');
  });
  await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(evil.address() as AddressInfo).port}/`);
  const outcome = await page.evaluate(async (target) => {
    try {
      const response = await fetch(`${target}/api/call/settings.get`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cassetto-token': 'indovinato' },
        body: '{}',
      });
      return `status ${response.status}`;
    } catch {
      return 'blocked';
    }
  }, app.origin);
  expect(outcome).toBe('blocked');
  await page.close();
  evil.close();
});
