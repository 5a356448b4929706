// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { routeFromHash } from './routeStore';

describe('routes', () => {
  // Screens by their hash, the session-token fragment to home, the rest to not found.
  it.each(
    Object.entries({
      '': 'home',
      '#/': 'home',
      '#token=abc': 'home',
      '#/impostazioni': 'impostazioni',
      '#/altro': 'non-trovata',
    }),
  )('maps %j to %s', (hash, route) => {
    expect(routeFromHash(hash)).toBe(route);
  });
});
