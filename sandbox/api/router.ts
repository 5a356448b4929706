/** A tiny router: `:name` segments, exact matching, 405 when the path exists for other methods. */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiResponse {
  status?: number;
  body: unknown;
}

interface Route<C> {
  method: Method;
  segments: string[];
  handler: (context: C, params: Readonly<Record<string, string>>) => Promise<ApiResponse> | ApiResponse;
  /** The largest request body the route reads; undefined: the small default of jsonBody.ts. */
  maxBodyBytes?: number;
}

export interface RouteOptions {
  maxBodyBytes?: number;
}

export type RouteMatch<C> =
  | {
      kind: 'found';
      handler: Route<C>['handler'];
      params: Record<string, string>;
      maxBodyBytes: number | undefined;
    }
  | { kind: 'method_not_allowed'; allowed: Method[] }
  | { kind: 'not_found' };

function split(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function matchSegments(
  pattern: readonly string[],
  actual: readonly string[],
): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const expected = pattern[i] as string;
    const value = actual[i] as string;
    if (expected.startsWith(':')) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(value);
      } catch {
        return undefined;
      }
      params[expected.slice(1)] = decoded;
    } else if (expected !== value) {
      return undefined;
    }
  }
  return params;
}

export class Router<C> {
  private readonly routes: Route<C>[] = [];

  add(method: Method, path: string, handler: Route<C>['handler'], options: RouteOptions = {}): this {
    this.routes.push({ method, segments: split(path), handler, maxBodyBytes: options.maxBodyBytes });
    return this;
  }

  get(path: string, handler: Route<C>['handler']): this {
    return this.add('GET', path, handler);
  }

  post(path: string, handler: Route<C>['handler'], options: RouteOptions = {}): this {
    return this.add('POST', path, handler, options);
  }

  match(method: string, path: string): RouteMatch<C> {
    const actual = split(path);
    const allowed: Method[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, actual);
      if (!params) continue;
      if (route.method === method)
        return { kind: 'found', handler: route.handler, params, maxBodyBytes: route.maxBodyBytes };
      allowed.push(route.method);
    }
    return allowed.length > 0 ? { kind: 'method_not_allowed', allowed } : { kind: 'not_found' };
  }
}
