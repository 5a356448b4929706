// @vitest-environment happy-dom
import { describe } from 'vitest';
import { itAnswers } from '../../shared/itAnswers.test-support';
import { routeFromHash } from './routeStore';

describe('routes', () => {
  // Screens by their hash, the session-token fragment to home, the rest to not found.
  itAnswers('maps %j to %s', routeFromHash, {
    '': 'home',
    '#/': 'home',
    '#token=abc': 'home',
    '#/impostazioni': 'impostazioni',
    '#/altro': 'non-trovata',
  });
});
