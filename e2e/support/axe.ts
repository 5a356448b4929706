import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The office screen the layout must hold at (issue #14): every axe check runs there too. */
export const SMALL_SCREEN = { width: 1024, height: 700 } as const;

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * WCAG 2.1 A/AA as axe-core checks them: zero violations on the screen as shown, at the window's
 * size and at 1024×700 (then the window is put back as it was).
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(await violations(page), `axe violations on ${screen}`).toEqual([]);
  const size = page.viewportSize();
  if (!size || (size.width === SMALL_SCREEN.width && size.height === SMALL_SCREEN.height)) return;
  await page.setViewportSize(SMALL_SCREEN);
  try {
    expect(await violations(page), `axe violations on ${screen} at 1024×700`).toEqual([]);
  } finally {
    await page.setViewportSize(size);
  }
}
