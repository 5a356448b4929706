import { describe, expect, it } from 'vitest';
import type { QuadroField } from './quadroFields';
import {
  CONTRATTO_FIELDS,
  D0_FIELDS,
  E1_FIELDS,
  ENTE_VERSANTE_FIELDS,
  F1_FIELDS,
  SEDE_LAVORO_FIELDS,
  TFR_FIELDS,
} from './quadroFields';

/** What a keystroke leaves in the model, field by field: the fields are data, so is their test. */

const byKey = <T>(fields: readonly QuadroField<T>[], key: string): QuadroField<T> => {
  const found = fields.find((field) => field.key === key);
  if (!found) throw new Error(`nessun campo ${key}`);
  return found;
};

type Case = [fields: readonly QuadroField<never>[], key: string, typed: string | undefined, stored: unknown];

describe('quadro fields', () => {
  it.each<Case>([
    // Names keep their inner and trailing spaces while typed ("DE ROSSI"), upper-cased.
    [D0_FIELDS, 'cognome', 'de ', 'DE '],
    [E1_FIELDS, 'codFondo', ' 12 ', '12'],
    [F1_FIELDS, 'prgRata', ' 7', '7'],
    [ENTE_VERSANTE_FIELDS, 'cfAzienda', ' 0012345678x ', '0012345678X'],
    [F1_FIELDS, 'tipoOperazione', 'X', 'V'],
    [ENTE_VERSANTE_FIELDS, 'aliquota', '1', '1'],
    [F1_FIELDS, 'codGestione', undefined, ''],
  ])('%#: %s typed as %j is stored as %j', (fields, key, typed, stored) => {
    const item: Record<string, unknown> = {};
    byKey(fields as readonly QuadroField<Record<string, unknown>>[], key).commit(item, typed);
    expect(item[key]).toBe(stored);
  });

  it('removes an optional field left empty, and a group once all its fields are', () => {
    const periodo: Record<string, unknown> = { retribValutabileTFR: '1.00', contratto: 'X' };
    byKey(TFR_FIELDS as readonly QuadroField<never>[], 'retribValutabileTFR').commit(
      periodo as never,
      undefined,
    );
    byKey(CONTRATTO_FIELDS as readonly QuadroField<never>[], 'contratto').commit(periodo as never, '');
    expect(periodo).toEqual({});
    const d0 = { datiSedeLavoro: { codiceComune: 'H501', cap: '' } };
    byKey(SEDE_LAVORO_FIELDS, 'datiSedeLavoro.codiceComune').commit(d0 as never, ' ');
    expect(d0).toEqual({});
  });
});
