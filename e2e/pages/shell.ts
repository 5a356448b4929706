import type { Page } from '@playwright/test';

/** The app shell as a user sees it. */
export const shell = (page: Page) => ({
  header: page.getByText('Cassetto Enti', { exact: true }).first(),
  sandboxBanner: page.getByTestId('sandbox-banner'),
  nav: page.getByRole('navigation', { name: 'Menu principale' }),
  navLink: (name: string) =>
    page.getByRole('navigation', { name: 'Menu principale' }).getByRole('link', { name }),
  heading: page.getByRole('heading', { level: 1 }),
});
