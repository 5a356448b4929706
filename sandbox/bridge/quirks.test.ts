import { describe, expect, it } from 'vitest';
import { parseBridgeQuirks, redirectUrisFor } from './quirks';

describe('bridge quirks from the CLI or the environment', () => {
  it('reads the list, and nothing from nothing', () => {
    expect(parseBridgeQuirks(undefined)).toEqual({});
    expect(parseBridgeQuirks('exact-port=53700+53701, no-acr,refuse-revocation')).toEqual({
      exactRedirectPorts: [53700, 53701],
      noAcr: true,
      refusePublicRevocation: true,
    });
    expect(redirectUrisFor({ exactRedirectPorts: [53700] })?.redirect).toEqual([
      'http://127.0.0.1:53700/callback',
    ]);
  });

  it('says what it does not understand', () => {
    expect(() => parseBridgeQuirks('exact-port=99999')).toThrow('Porta non valida');
    expect(() => parseBridgeQuirks('no-level')).toThrow('Comportamento del bridge sconosciuto');
  });
});
