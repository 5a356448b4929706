/** A quesito written while the INPS service is unreachable waits in the outbox and is sent once. */
import { expect, test } from './support/fixtures';
import { backoffice, composeQuesito, openBorgo, sendToOutbox } from './pages/quesiti';
import { expectAccessible } from './support/axe';

test('the outbox sends a quesito written offline, exactly once', async ({ page, sandbox }) => {
  test.slow();
  const testo = `Quesito scritto senza connessione ${Date.now()}`;
  await openBorgo(page);
  await composeQuesito(page, testo);
  sandbox.setApiReachable(false);
  try {
    await sendToOutbox(page);
    await page.getByRole('link', { name: 'Vai ai quesiti inviati' }).click();
    await expect(page.getByTestId('outbox')).toContainText('Posta in uscita: 1 quesito in attesa di invio');
    await expect(page.getByText('Il servizio INPS non è raggiungibile')).toBeVisible();
    await expectAccessible(page, 'Quesiti con posta in uscita');
  } finally {
    sandbox.setApiReachable(true);
  }

  await expect(page.getByTestId('outbox')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByTestId('quesiti-notices')).toContainText(
    'Il quesito scritto senza connessione è stato inviato',
  );
  await expect(page.getByTestId('quesiti-table')).toContainText('Versamenti – Pagamenti');

  // Let the outbox timer and the page's polling run a few more rounds: still one quesito.
  await page.waitForTimeout(9_000);
  const operator = backoffice(sandbox);
  const mine = [];
  for (const q of await operator.list()) if ((await operator.detail(q.id)).testo === testo) mine.push(q);
  expect(mine).toHaveLength(1);
});
