import { describe, expect, it } from 'vitest';
import { CNS_ACR, SPID_ACR } from '../../shared/domain/spid';
import { decideLogin, requestedAcrFromClaim, requestedAcrFromParams, sessionBelowRequest } from './acrPolicy';

describe('requested acr', () => {
  it('reads acr_values as advisory, taking the lowest level listed', () => {
    expect(requestedAcrFromParams({ acr_values: `${SPID_ACR[3]} ${SPID_ACR[2]}` })).toEqual({
      minimumLevel: 2,
      essential: false,
    });
  });

  it('reads an essential acr from the claims parameter', () => {
    const claims = JSON.stringify({
      id_token: { acr: { essential: true, values: [SPID_ACR[2], SPID_ACR[3]] } },
    });
    expect(requestedAcrFromParams({ claims, acr_values: SPID_ACR[3] })).toEqual({
      minimumLevel: 2,
      essential: true,
    });
  });

  it('ignores unknown acr values and malformed claims', () => {
    expect(requestedAcrFromParams({ acr_values: 'urn:altro', claims: '{' })).toEqual({
      minimumLevel: undefined,
      essential: false,
    });
    expect(requestedAcrFromClaim({ value: SPID_ACR[3] })).toEqual({ minimumLevel: 3, essential: false });
  });
});

describe('decideLogin', () => {
  it('logs in at the chosen level when it satisfies the request', () => {
    expect(decideLogin(SPID_ACR[3], { minimumLevel: 2, essential: true })).toEqual({
      outcome: 'login',
      acr: SPID_ACR[3],
    });
  });

  it('completes a weaker login when the level was only advisory: the app must refuse it', () => {
    expect(decideLogin(SPID_ACR[1], { minimumLevel: 2, essential: false })).toEqual({
      outcome: 'login',
      acr: SPID_ACR[1],
    });
  });

  it('denies a weaker login when the level was essential', () => {
    const decision = decideLogin(SPID_ACR[1], { minimumLevel: 2, essential: true });
    expect(decision.outcome).toBe('deny');
    if (decision.outcome === 'deny') expect(decision.description).toMatch(/livello 2/);
  });
});

describe('sessionBelowRequest', () => {
  it('asks for a new login when the session is weaker than the request', () => {
    expect(sessionBelowRequest(SPID_ACR[1], { minimumLevel: 2, essential: false })).toBe(true);
    expect(sessionBelowRequest(SPID_ACR[2], { minimumLevel: 2, essential: false })).toBe(false);
    expect(sessionBelowRequest(undefined, { minimumLevel: undefined, essential: false })).toBe(false);
  });
});

describe('CNS logins', () => {
  it('satisfy a request for level 2, essential or not, with the CNS acr', () => {
    expect(decideLogin(CNS_ACR, { minimumLevel: 2, essential: true })).toEqual({
      outcome: 'login',
      acr: CNS_ACR,
    });
    expect(decideLogin(CNS_ACR, { minimumLevel: 3, essential: false })).toEqual({
      outcome: 'login',
      acr: CNS_ACR,
    });
  });

  it('are denied when level 3 is essential', () => {
    expect(decideLogin(CNS_ACR, { minimumLevel: 3, essential: true })).toMatchObject({ outcome: 'deny' });
  });

  it('keep a CNS session for a level 2 request, not for a level 3 one', () => {
    expect(sessionBelowRequest(CNS_ACR, { minimumLevel: 2, essential: false })).toBe(false);
    expect(sessionBelowRequest(CNS_ACR, { minimumLevel: 3, essential: false })).toBe(true);
  });
});
