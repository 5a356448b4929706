/** Gestione Deleghe endpoints: the caller's own deleghe and the abilitazioni they granted. */
import { endpoints } from '../../shared/inpsApi/endpoints';
import type { UserContext } from '../api/routes';
import type { Router } from '../api/router';

export function addDelegheRoutes(router: Router<UserContext>): Router<UserContext> {
  return router
    .endpoint(endpoints.delegheList, ({ principal, deleghe }) => ({
      body: deleghe.list(principal.codiceFiscale),
    }))
    .endpoint(endpoints.delegaCreate, async ({ principal, deleghe }, { body }) => ({
      status: 201,
      body: await deleghe.create(principal.codiceFiscale, body),
    }))
    .endpoint(endpoints.delegaDetail, ({ principal, deleghe }, { params }) => ({
      body: deleghe.get(principal.codiceFiscale, params.numero),
    }))
    .endpoint(endpoints.delegaActivate, ({ principal, deleghe }, { params, body }) => ({
      body: deleghe.activate(principal.codiceFiscale, params.numero, body),
    }))
    .endpoint(endpoints.delegaResendOtp, async ({ principal, deleghe }, { params }) => ({
      body: await deleghe.resendOtp(principal.codiceFiscale, params.numero),
    }))
    .endpoint(endpoints.delegaRevoke, ({ principal, deleghe }, { params }) => ({
      body: deleghe.revoke(principal.codiceFiscale, params.numero),
    }))
    .endpoint(endpoints.abilitazioniList, ({ principal, deleghe }) => ({
      body: deleghe.listSub(principal.codiceFiscale),
    }))
    .endpoint(endpoints.abilitazioneGrant, ({ principal, deleghe }, { body }) => ({
      status: 201,
      body: deleghe.grantSub(principal.codiceFiscale, body),
    }))
    .endpoint(endpoints.abilitazioneRevoke, ({ principal, deleghe }, { params }) => {
      const id = Number(params.id);
      deleghe.revokeSub(principal.codiceFiscale, id);
      return { body: { revocata: id } };
    });
}
