/** Errors of the Cassetto API: an HTTP status, a stable code and an Italian message. */
import type { ApiErrorBody, ApiErrorCode } from '../../shared/domain/cassettoApi';
import { LIVELLO_INSUFFICIENTE_MESSAGE, SPID_ACR } from '../../shared/domain/spid';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

const REALM = 'Bearer realm="cassetto-inps"';

export function unauthorized(code: Extract<ApiErrorCode, `TOKEN_${string}`>, message: string): ApiError {
  // RFC 6750: no error attribute when the request carried no token at all.
  const challenge = code === 'TOKEN_MANCANTE' ? REALM : `${REALM}, error="invalid_token"`;
  return new ApiError(401, code, message, { 'WWW-Authenticate': challenge });
}

export function insufficientLevel(): ApiError {
  // RFC 9470 (step-up authentication): tells the client which levels would do.
  const challenge = `${REALM}, error="insufficient_user_authentication", acr_values="${SPID_ACR[2]} ${SPID_ACR[3]}"`;
  return new ApiError(403, 'LIVELLO_INSUFFICIENTE', LIVELLO_INSUFFICIENTE_MESSAGE, {
    'WWW-Authenticate': challenge,
  });
}

export function posizioneForbidden(): ApiError {
  return new ApiError(
    403,
    'POSIZIONE_NON_AUTORIZZATA',
    'Non risulta alcuna delega o abilitazione che ti consenta di operare su questa posizione contributiva.',
  );
}

export function notFound(): ApiError {
  return new ApiError(404, 'RISORSA_NON_TROVATA', 'La risorsa richiesta non esiste.');
}

export function methodNotAllowed(allowed: readonly string[]): ApiError {
  return new ApiError(405, 'METODO_NON_CONSENTITO', 'Metodo non consentito per questa risorsa.', {
    Allow: allowed.join(', '),
  });
}

export function internalError(): ApiError {
  return new ApiError(500, 'ERRORE_INTERNO', 'Si è verificato un errore interno. Riprova più tardi.');
}
