import { describe, expect, it } from 'vitest';
import { buildPath } from './endpoint';
import { endpoints } from './endpoints';

describe('buildPath', () => {
  it('encodes each parameter as one path segment, whatever it holds', () => {
    expect(
      buildPath(endpoints.quesitoDetail, { posizioneId: '82001450343-00001', quesitoId: '../a b/?' }),
    ).toBe('/v1/posizioni/82001450343-00001/quesiti/..%2Fa%20b%2F%3F');
  });

  it('refuses a missing parameter, naming the endpoint and the parameter', () => {
    expect(() => buildPath(endpoints.delegaDetail, { numero: '' })).toThrow(/delegaDetail.*numero/);
  });
});
