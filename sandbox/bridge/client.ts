/** The one client of the bridge: the desktop app, a public native client (RFC 8252). */
export const CLIENT_ID = 'cassetto-enti-desktop';

export const DESKTOP_CLIENT = {
  client_id: CLIENT_ID,
  client_name: 'Cassetto Enti',
  application_type: 'native',
  token_endpoint_auth_method: 'none',
  // For native clients oidc-provider ignores the loopback port when matching these.
  redirect_uris: ['http://127.0.0.1/callback'],
  post_logout_redirect_uris: ['http://127.0.0.1/logout'],
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
} as const;
