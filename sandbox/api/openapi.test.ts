import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_ERROR_CODES, RUOLI_POSIZIONE, TIPI_ENTE } from '../../shared/domain/cassettoApi';
import { SEZIONI } from '../../shared/domain/sezioni';

const spec = await readFile(new URL('../openapi.yaml', import.meta.url), 'utf8');

describe('openapi.yaml', () => {
  it.each([
    '/health:',
    '/v1/profilo:',
    '/v1/posizioni:',
    '/v1/posizioni/{id}:',
    ...SEZIONI.map((sezione) => `/v1/posizioni/{id}/${sezione}:`),
    '/v1/posizioni/{id}/contestazioni:',
    '/v1/posizioni/{id}/tracciati:',
    '/v1/posizioni/{id}/dma/ultima-inviata:',
  ])('documents %s', (path) => {
    expect(spec).toContain(`  ${path}\n`);
  });

  it('documents the ListaPosPA submission', () => {
    expect(spec).toMatch(/\/v1\/posizioni\/\{id\}\/dma:\n(?: {4}.*\n)*? {4}post:/);
  });

  it('lists every error code, role and kind of ente the code knows', () => {
    for (const value of [...API_ERROR_CODES, ...RUOLI_POSIZIONE, ...TIPI_ENTE]) expect(spec).toContain(value);
  });
});
