// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { routeFromHash } from './routeStore';

describe('routes', () => {
  it('maps hashes to screens, the session-token fragment to home, the rest to not found', () => {
    expect(routeFromHash('')).toBe('home');
    expect(routeFromHash('#/')).toBe('home');
    expect(routeFromHash('#token=abc')).toBe('home');
    expect(routeFromHash('#/impostazioni')).toBe('impostazioni');
    expect(routeFromHash('#/altro')).toBe('non-trovata');
  });
});
