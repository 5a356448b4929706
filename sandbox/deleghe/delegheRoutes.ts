/** Gestione Deleghe endpoints: the caller's own deleghe and the abilitazioni they granted. */
import type { UserContext } from '../api/routes';
import type { Router } from '../api/router';
import { invalidRequest } from './delegheErrors';

export function addDelegheRoutes(router: Router<UserContext>): Router<UserContext> {
  return router
    .get('/v1/deleghe', ({ principal, deleghe }) => ({ body: deleghe.list(principal.codiceFiscale) }))
    .add('POST', '/v1/deleghe', async ({ principal, deleghe, body }) => ({
      status: 201,
      body: await deleghe.create(principal.codiceFiscale, body),
    }))
    .get('/v1/deleghe/:numero', ({ principal, deleghe }, { numero }) => ({
      body: deleghe.get(principal.codiceFiscale, numero ?? ''),
    }))
    .add('POST', '/v1/deleghe/:numero/attivazione', ({ principal, deleghe, body }, { numero }) => ({
      body: deleghe.activate(principal.codiceFiscale, numero ?? '', body),
    }))
    .add('POST', '/v1/deleghe/:numero/otp', async ({ principal, deleghe }, { numero }) => ({
      body: await deleghe.resendOtp(principal.codiceFiscale, numero ?? ''),
    }))
    .add('POST', '/v1/deleghe/:numero/revoca', ({ principal, deleghe }, { numero }) => ({
      body: deleghe.revoke(principal.codiceFiscale, numero ?? ''),
    }))
    .get('/v1/abilitazioni-concesse', ({ principal, deleghe }) => ({
      body: deleghe.listSub(principal.codiceFiscale),
    }))
    .add('POST', '/v1/abilitazioni-concesse', ({ principal, deleghe, body }) => ({
      status: 201,
      body: deleghe.grantSub(principal.codiceFiscale, body),
    }))
    .add('POST', '/v1/abilitazioni-concesse/:id/revoca', ({ principal, deleghe }, { id }) => {
      const numeric = Number(id);
      if (!Number.isInteger(numeric)) throw invalidRequest('Identificativo di abilitazione non valido.');
      deleghe.revokeSub(principal.codiceFiscale, numeric);
      return { status: 200, body: { revocata: numeric } };
    });
}
