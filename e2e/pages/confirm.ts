import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../support/axe';

/** The confirmation the app asks before it sends (an alertdialog named `title`) and its two answers. */
export function confirmation(page: Page, title: string) {
  const dialog = page.getByRole('alertdialog', { name: title });
  return {
    dialog,
    send: dialog.getByRole('button', { name: 'Sì, invia' }),
    cancel: dialog.getByRole('button', { name: 'Annulla' }),
  };
}

/** Waits for the confirmation, checks that it says `says` and passes axe, and hands it over for the answer. */
export async function expectConfirmation(page: Page, title: string, says: string) {
  const asked = confirmation(page, title);
  await expect(asked.dialog).toContainText(says);
  await expectAccessible(page, title);
  return asked;
}
