import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, RUOLI_POSIZIONE, TIPI_ENTE } from '../../shared/domain/cassettoApi';
import { placeholdersOf } from '../../shared/inpsApi/endpoint';
import { allEndpoints, endpoints } from '../../shared/inpsApi/endpoints';
import { openApiYaml } from '../../scripts/openApiYaml';
import { createPosizioneRoutes, createUserRouter } from './routes';

const spec = await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8');

describe('openapi.yaml', () => {
  it('is the document made from the API table (npx tsx scripts/generateOpenApi.ts after a change)', () => {
    expect(spec).toBe(openApiYaml());
  });

  it('lists every error code, role and kind of ente the code knows', () => {
    for (const value of [...API_ERROR_CODES, ...RUOLI_POSIZIONE.codes, ...TIPI_ENTE.codes])
      expect(spec).toContain(value);
  });
});

describe('the API table', () => {
  it('names each endpoint by its key, once per method and path', () => {
    for (const [key, target] of Object.entries(endpoints)) expect(target.name).toBe(key);
    const routes = allEndpoints.map((target) => `${target.method} ${target.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it.each(allEndpoints.map((target) => [target.name, target] as const))(
    '%s: the path template names exactly the parameters of its schema',
    (_name, target) => {
      expect(placeholdersOf(target.path).sort()).toEqual(Object.keys(target.params.shape).sort());
    },
  );

  it('is what the sandbox answers, endpoint by endpoint, both ways', () => {
    const answered = [...createUserRouter().endpointNames(), ...createPosizioneRoutes().endpointNames()];
    expect([...answered].sort()).toEqual(Object.keys(endpoints).sort());
    expect(new Set(answered).size).toBe(answered.length);
  });
});
