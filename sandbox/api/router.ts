/**
 * A tiny router: `:name` segments, exact matching, 405 when the path exists for other methods.
 * API routes are registered from the API table (shared/inpsApi/endpoints.ts) with `endpoint`:
 * the route is the endpoint's path template, and the handler gets the parameters and the body
 * parsed by the endpoint's schemas and must answer what its response schema describes.
 */
import type { z } from 'zod';
import type { AnyEndpoint, ParsedBodyOf, WireResponseOf } from '../../shared/inpsApi/endpoint';
import { ApiError } from './errors';

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

/** What an endpoint's handler gets besides the context: its input, parsed. */
export interface EndpointInput<E extends AnyEndpoint> {
  params: z.output<E['params']>;
  body: ParsedBodyOf<E>;
}

export type EndpointHandler<C, E extends AnyEndpoint> = (
  context: C,
  input: EndpointInput<E>,
) => Promise<{ status?: number; body: WireResponseOf<E> }> | { status?: number; body: WireResponseOf<E> };

/** Where a router's paths start and which parameters its context already holds. */
export interface RouterScope<C> {
  /** The part of the endpoints' templates matched before this router (e.g. the posizione). */
  prefix: string;
  /** The parameters of that part, from the context (e.g. `posizioneId`). */
  paramsOf: (context: C) => Readonly<Record<string, string>>;
}

function invalidInput(issues: readonly z.core.$ZodIssue[], what: string): ApiError {
  const issue = issues[0];
  const where = issue?.path.join('.');
  return new ApiError(
    400,
    'RICHIESTA_NON_VALIDA',
    issue ? (where ? `${where}: ${issue.message}` : issue.message) : `${what} non valido.`,
  );
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

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

export class Router<C extends { readJson: () => Promise<unknown> }> {
  private readonly routes: Route<C>[] = [];
  private readonly names: string[] = [];

  constructor(private readonly scope: RouterScope<C> = { prefix: '', paramsOf: () => ({}) }) {}

  /** Answers one endpoint of the API table. */
  endpoint<E extends AnyEndpoint>(
    target: E,
    handler: EndpointHandler<C, E>,
    options: RouteOptions = {},
  ): this {
    if (!target.path.startsWith(this.scope.prefix)) {
      throw new Error(`${target.name}: ${target.path} non è sotto ${this.scope.prefix}`);
    }
    const relative = target.path.slice(this.scope.prefix.length) || '/';
    this.names.push(target.name);
    this.routes.push({
      method: target.method,
      segments: split(relative.replace(PLACEHOLDER, ':$1')),
      maxBodyBytes: options.maxBodyBytes,
      handler: async (context, raw) => {
        const params = target.params.safeParse({ ...raw, ...this.scope.paramsOf(context) });
        if (!params.success) throw invalidInput(params.error.issues, 'Parametro');
        let body: unknown = undefined;
        if (target.body !== undefined) {
          const parsed = target.body.safeParse(await context.readJson());
          if (!parsed.success) throw invalidInput(parsed.error.issues, 'Corpo della richiesta');
          body = parsed.data;
        }
        return handler(context, {
          params: params.data as z.output<E['params']>,
          body: body as ParsedBodyOf<E>,
        });
      },
    });
    return this;
  }

  /** The names of the endpoints answered, in the order registered. */
  endpointNames(): readonly string[] {
    return this.names;
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
