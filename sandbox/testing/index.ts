/** What the app's tests need from the sandbox, in one import. */
export {
  loginHeadless,
  logoutHeadless,
  discoverBridge,
  authorizeHeadless,
  HeadlessLoginError,
} from './headlessLogin';
export type { BridgeCoordinates, HeadlessLoginOptions, HeadlessLoginResult } from './headlessLogin';
export { HeadlessBrowser } from './browser';
export { freePorts } from './freePorts';
export { startTempSandbox } from './tempSandbox';
export type { TempSandbox } from './tempSandbox';
export { forgeAccessToken, forgeTokenFor } from './tokens';
export type { ForgeOptions, ForgeTarget } from './tokens';
export { apiGet, apiGetAs, apiPost, errorCodeOf } from './apiGet';
export { contestaNota } from './contestazione';
export type { ApiAnswer } from './apiGet';
export { authorizeWithCns, cnsFetch, loginHeadlessWithCns } from './cnsLogin';
export type { CnsCardFile } from './cnsLogin';
