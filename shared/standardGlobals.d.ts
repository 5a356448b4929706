/**
 * shared/ compiles without DOM and Node types so that neither leaks in. The WHATWG URL class is
 * the one global both sides have in common, so it is declared here, as much as shared/ uses.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly host: string;
  readonly pathname: string;
  readonly username: string;
  readonly password: string;
}
