/**
 * shared/ compiles without DOM and Node types so that neither leaks in. The WHATWG URL and
 * TextEncoder classes are globals both sides have in common, so they are declared here, as much
 * as shared/ uses.
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

/** WHATWG Encoding: text to UTF-8 bytes (the form in which ListaPosPA files are written). */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

/** WHATWG AbortController: how a caller cancels a call of the contract (dispatcher, client). */
declare class AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
  throwIfAborted(): void;
}

declare class AbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}
