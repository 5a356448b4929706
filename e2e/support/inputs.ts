import { expect, type Locator } from '@playwright/test';

/**
 * Every text input, select and textarea in `scope` has a border the eye sees (some side wider
 * than 0 with a colour that is not transparent) and, once focused, a visible focus ring (an
 * outline or a box-shadow): the issue found the ListaPosPA fields, the OTP and the codice fiscale
 * drawn without one.
 */
export async function expectVisibleInputs(scope: Locator, screen: string): Promise<void> {
  const fields = scope.locator(
    'input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=file]):visible, select:visible, textarea:visible',
  );
  const count = await fields.count();
  expect(count, `inputs on ${screen}`).toBeGreaterThan(0);
  const problems: string[] = [];
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    if (await field.isDisabled()) continue;
    const name = (await field.getAttribute('id')) ?? `#${i}`;
    const border = await field.evaluate((element) => {
      const style = getComputedStyle(element);
      const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
      return (['Top', 'Right', 'Bottom', 'Left'] as const).some((side) => {
        const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
        const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
        const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
        return width > 0 && kind !== 'none' && !transparent(color);
      });
    });
    if (!border) problems.push(`${name}: no visible border`);
    // Reached by the keyboard, as bootstrap-italia shows its focus ring to keyboard users only.
    await field.focus();
    await scope.page().keyboard.press('Shift+Tab');
    await scope.page().keyboard.press('Tab');
    const ring = await field.evaluate((element) => {
      const style = getComputedStyle(element);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      return document.activeElement === element && (outline || shadow);
    });
    if (!ring) problems.push(`${name}: no visible focus`);
  }
  expect(problems, `inputs on ${screen}`).toEqual([]);
}
